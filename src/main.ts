// Bootstrap: read the page options, create the app, mount the UI, add the features, publish window.cim.
import './viewer/cesium-base-url.ts';
import { createApp } from './app/app.ts';
import { createBuildingInputs } from './app/building-inputs.ts';
import { watchDrapeTint } from './app/drape-tint.ts';
import { createCimApi } from './app/cim-api.ts';
import { readUrlOptions } from './app/url-options.ts';
import { mountUi } from './ui/mount-ui.ts';
import { createIfcFeature } from './app/ifc/ifc-feature.ts';
import { ifcTab } from './ui/ifc/ifc-panel.ts';
import { createPipesApi } from './app/pipes/pipes-api.ts';
import { createPipesFeature } from './app/pipes/pipes-feature.ts';
import { pipesTab } from './ui/pipes/pipes-panel.ts';
import { createHealthApi } from './app/health/health-api.ts';
import { createHealth } from './app/health/health-feature.ts';
import { createHealthView } from './app/health/health-view.ts';
import { healthTab } from './ui/health/health-panel.ts';
import { createTownscapeApi } from './app/townscape/townscape-api.ts';
import { createTownscape } from './app/townscape/townscape-feature.ts';
import { townscapeTab } from './ui/townscape/townscape-panel.ts';
import { createRenewalApi } from './app/units/renewal-api.ts';
import { createRenewal } from './app/units/renewal-feature.ts';
import { renewalTab } from './ui/units/renewal-panel.ts';
import { createSunlightApi } from './app/sunlight/sunlight-api.ts';
import { createSunlight } from './app/sunlight/sunlight-feature.ts';
import { sunlightTab } from './ui/sunlight/sunlight-panel.ts';
import { createShadowAnimation } from './app/sunlight/shadow-animation.ts';
import { createShadowAnimationApi } from './app/sunlight/shadow-animation-api.ts';
import { createMeasureApi } from './app/measure/measure-api.ts';
import { createMeasureFeature } from './app/measure/measure-feature.ts';
import { measureTab } from './ui/measure/measure-panel.ts';
import { createSectionApi } from './app/section/section-api.ts';
import { createSectionFeature } from './app/section/section-feature.ts';
import { createSchemesApi } from './app/schemes/schemes-api.ts';
import { createSchemes } from './app/schemes/schemes-service.ts';
import { schemesTab } from './ui/schemes/schemes-panel.ts';
import { mountSwipeDivider } from './ui/schemes/swipe-divider.ts';
import { mountViewLabels } from './ui/schemes/view-labels.ts';
import { createCommentsApi } from './app/comments/comments-api.ts';
import { createComments } from './app/comments/comments-feature.ts';
import { commentsTab } from './ui/comments/comments-panel.ts';
import { createKioskApi } from './app/kiosk/kiosk-api.ts';
import { createKiosk } from './app/kiosk/kiosk-feature.ts';
import { mountKioskOverlay } from './ui/kiosk/kiosk-overlay.ts';
import { createReportApi } from './app/report/report-api.ts';
import { createReviewReport } from './app/report/report-feature.ts';
import { renderReportPdf } from './ui/report/report-pdf.ts';
import { createUnitStories } from './app/kiosk/unit-stories.ts';
import { mountStoryCards } from './ui/kiosk/story-cards.ts';

const root = document.getElementById('app')!;
const viewerElement = document.getElementById('viewer')!;
const urlOptions = readUrlOptions(window.location, window.localStorage);
const app = createApp(viewerElement, urlOptions);
const ui = mountUi(root, app.store, app.actions);
// Features: each is created from the app, adds its tab to ui.dock and its methods to window.cim (one line each).
const renewal = createRenewal(app);
ui.dock.addTab(renewalTab(app.store, renewal, ui.dock));
const pipes = createPipesFeature(app);
ui.dock.addTab(pipesTab(app.store, pipes));
// One list of the building layers' buildings for every analysis.
const buildings = createBuildingInputs(app);
watchDrapeTint(app, buildings);
const townscape = createTownscape(app, buildings);
// The review report (made below, once every feature it reads exists) is downloaded from the townscape tab, whose
// review sheets also list each scheme's last sunlight impact.
ui.dock.addTab(
  townscapeTab(
    app.store,
    app.actions,
    townscape,
    {
      reportPdf: () => report.exportPdf(),
      sunlightImpactOf: (schemeId) => sunlight.lastImpact(schemeId),
    },
    app.onReset,
  ),
);
const schemes = createSchemes(app, buildings, { renewalData: async () => renewal.store.get().data ?? renewal.loaded });
ui.dock.addTab(schemesTab(app.store, schemes));
mountSwipeDivider(viewerElement, app.store, schemes);
mountViewLabels(viewerElement, app.store, schemes);
const sunlight = createSunlight(app, buildings);
const shadows = createShadowAnimation(app);
ui.dock.addTab(sunlightTab(app.store, sunlight, shadows, app.onReset));
const health = createHealth(
  app,
  buildings,
  renewal,
  () => pipes.store.get().violations?.length,
  (cityBuildings) => townscape.controlLineBreachesOf(cityBuildings),
);
const healthView = createHealthView(app, health);
ui.dock.addTab(healthTab(app.store, healthView, buildings));
const ifc = createIfcFeature(app);
ui.dock.addTab(ifcTab(app.store, ifc));
const measure = createMeasureFeature(app);
const sections = createSectionFeature(app, buildings);
ui.dock.addTab(measureTab(app.store, measure, sections));
const comments = createComments(app, schemes, urlOptions.projectUrl);
ui.dock.addTab(commentsTab(app.store, comments, app.onReset));
const report = createReviewReport(app, { townscape, schemes, sunlight, comments, render: renderReportPdf });
// Last: the kiosk closes every panel on its reset and hides the developer affordances the features added.
const kiosk = createKiosk(app, urlOptions.kiosk, {
  thematic: () => renewal.store.get().thematic,
  setThematic: (mode) => renewal.setThematic(mode),
  schemeIds: () => schemes.list().map((scheme) => scheme.id),
  shownSchemeId: () => schemes.store.get().shownId,
  showScheme: (id) => schemes.show(id),
});
mountKioskOverlay(root, kiosk, ui.dock, app.onReset, renewal.store);
mountStoryCards(root, app.store, createUnitStories(app, renewal, schemes));
window.cim = {
  ...createCimApi(app),
  ...ifc.api,
  ...createPipesApi(pipes),
  ...createTownscapeApi(townscape),
  ...createRenewalApi(renewal),
  ...createSunlightApi(sunlight),
  ...createShadowAnimationApi(shadows),
  ...createMeasureApi(measure),
  ...createSectionApi(sections),
  ...createSchemesApi(app, schemes),
  ...createCommentsApi(comments),
  ...createKioskApi(kiosk),
  ...createHealthApi(app, health, healthView),
  ...createReportApi(app, report),
};
