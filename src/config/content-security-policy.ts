// The Content-Security-Policy of the built index.html, and how to read one back: the build writes it (from
// CIM_DATA_ORIGINS), and the app checks at start-up that each origin cim.config.json allows is admitted by it, since
// that file can be edited after the build.

/** Directives a data origin must be admitted by: data is fetched (connect-src) and tile textures are images. */
const DATA_DIRECTIVES = ['connect-src', 'img-src'] as const;

/** The policy for a build whose data may also come from `dataOrigins`. */
export function contentSecurityPolicy(dataOrigins: readonly string[]): string {
  const data = dataOrigins.join(' ');
  return [
    "default-src 'self'",
    // web-ifc runs in a worker, but Cesium decodes meshopt-compressed glTF with wasm on the main thread.
    "script-src 'self' 'wasm-unsafe-eval'",
    // Cesium starts its workers from a blob: when they come from another path than the page.
    "worker-src 'self' blob:",
    // blob: for dropped files and Cesium's decoded images; data: for images embedded in glTF.
    `connect-src 'self' blob: ${data}`.trim(),
    `img-src 'self' blob: data: ${data}`.trim(),
    // Cesium's widgets and the panels set style attributes.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The source list of `directive` (or of default-src when it is absent), or undefined when neither is there. */
export function directiveSources(policy: string, directive: string): string[] | undefined {
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const),
  );
  return directives.get(directive) ?? directives.get('default-src');
}

/** Whether a source list admits an http(s) origin (`scheme://host[:port]`, as URL.origin writes it). */
export function sourcesAdmit(sources: readonly string[], origin: string, pageOrigin: string): boolean {
  const target = new URL(origin);
  return sources.some((source) => {
    const lower = source.toLowerCase();
    if (lower === "'self'") return origin === pageOrigin;
    if (lower === '*' || lower === target.protocol) return true;
    const host = /^(https?:\/\/)?(\*\.)?([^/:]+)(:\d+|:\*)?/.exec(lower);
    if (!host || lower.startsWith("'")) return false;
    const [, scheme, wildcard, hostname, port] = host;
    if (scheme && scheme !== `${target.protocol}//`) return false;
    const hostMatches = wildcard ? target.hostname.endsWith(`.${hostname}`) : target.hostname === hostname;
    const defaultPort = target.protocol === 'https:' ? '443' : '80';
    const portMatches = port === ':*' || (port ? port.slice(1) : defaultPort) === (target.port || defaultPort);
    return hostMatches && portMatches;
  });
}

/** The data directives of `policy` that do not admit `origin` (empty when it may be loaded). */
export function directivesRefusing(policy: string, origin: string, pageOrigin: string): string[] {
  return DATA_DIRECTIVES.filter((directive) => {
    const sources = directiveSources(policy, directive);
    return sources !== undefined && !sourcesAdmit(sources, origin, pageOrigin);
  });
}
