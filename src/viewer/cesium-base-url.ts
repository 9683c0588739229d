// Cesium fetches its workers and assets from CESIUM_BASE_URL; the build copies them to ./cesium/ beside index.html.
// Imported first by main.ts so it is set before Cesium needs it.
(window as unknown as { CESIUM_BASE_URL: string }).CESIUM_BASE_URL = new URL('./cesium/', document.baseURI).href;
