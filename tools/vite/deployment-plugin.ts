// Deployment settings at build and serve time. CIM_DATA_ORIGINS (comma-separated origins) makes `npm start` and
// `npm run preview` serve a cim.config.json allowing them, and `npm run build` write one into dist/; the built
// index.html gets a Content-Security-Policy meta tag admitting the page's own origin plus those origins.
// A cim.config.json the deployer keeps in public/ wins: it is copied as it is, and its origins join the CSP.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { contentSecurityPolicy } from '../../src/config/content-security-policy.ts';
import { normalizeOrigin, validateDeploymentConfig } from '../../src/config/deployment-config.ts';

const CONFIG_FILE = 'cim.config.json';

/** The origins of CIM_DATA_ORIGINS; a malformed entry stops the build or server with its text. */
export function readDataOriginsEnv(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return [
    ...new Set(
      entries.map((entry) => {
        const origin = normalizeOrigin(entry);
        if (!origin) throw new Error(`CIM_DATA_ORIGINS: "${entry}" is not an http(s) origin like http://10.0.0.5:8080`);
        return origin;
      }),
    ),
  ];
}

/** The dataOrigins of a deployer's own cim.config.json (invalid entries are left out, as the app does). */
function publicConfigOrigins(file: string): string[] {
  if (!existsSync(file)) return [];
  try {
    return validateDeploymentConfig(JSON.parse(readFileSync(file, 'utf8'))).config.dataOrigins;
  } catch {
    return []; // malformed: the app reports it when it reads the file
  }
}

const configJson = (dataOrigins: readonly string[]) => `${JSON.stringify({ dataOrigins }, null, 2)}\n`;

/** Answers GET …/cim.config.json with the environment's origins (dev server and preview). */
function serveConfig(dataOrigins: readonly string[]): Connect.NextHandleFunction {
  return (req, res, next) => {
    if (!new URL(req.url ?? '/', 'http://x').pathname.endsWith(`/${CONFIG_FILE}`)) return next();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(configJson(dataOrigins));
  };
}

export function deploymentPlugin(envOrigins = readDataOriginsEnv(process.env.CIM_DATA_ORIGINS)): Plugin {
  let publicFile = '';
  return {
    name: 'cim-deployment',
    configResolved(config) {
      publicFile = config.publicDir ? join(config.publicDir, CONFIG_FILE) : '';
    },
    configureServer(server) {
      if (envOrigins.length) server.middlewares.use(serveConfig(envOrigins));
    },
    configurePreviewServer(server) {
      if (envOrigins.length) server.middlewares.use(serveConfig(envOrigins));
    },
    transformIndexHtml: {
      order: 'pre',
      handler(_html, context) {
        if (context.server) return []; // the dev server injects its own scripts; the policy is the build's
        const origins = [...new Set([...envOrigins, ...publicConfigOrigins(publicFile)])];
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(origins) },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    generateBundle() {
      if (!envOrigins.length) return;
      if (existsSync(publicFile)) {
        this.warn(
          `CIM_DATA_ORIGINS is set, but public/${CONFIG_FILE} is kept as it is; its origins and these are in the CSP`,
        );
        return;
      }
      this.emitFile({ type: 'asset', fileName: CONFIG_FILE, source: configJson(envOrigins) });
    },
  };
}
