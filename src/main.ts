// Bootstrap: read the page options, create the app, mount the UI, add the features, publish window.cim.
import './viewer/cesium-base-url.ts';
import { createApp } from './app/app.ts';
import { createCimApi } from './app/cim-api.ts';
import { readUrlOptions } from './app/url-options.ts';
import { mountUi } from './ui/mount-ui.ts';

const root = document.getElementById('app')!;
const app = createApp(document.getElementById('viewer')!, readUrlOptions(window.location, window.localStorage));
const ui = mountUi(root, app.store, app.actions);
// Features: each is created from the app, adds its tab to ui.dock and its methods to window.cim (one line each).
void ui;
window.cim = {
  ...createCimApi(app),
};
