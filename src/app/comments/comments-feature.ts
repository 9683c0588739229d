// The 批注 feature: review comments pinned in the scene, each a BCF topic with the author, time, status, the scheme
// shown, the camera view, the IFC element selected and a snapshot; kept in IndexedDB (written before the UI
// confirms), shown again (view and scheme restored), exported and imported as BCF 3.0.
import type { Vec3 } from '../../geometry/ellipsoid.ts';
import type { BcfTopic, BcfViewpoint } from '../../data/bcf/bcf-types.ts';
import { randomGuid } from '../../data/bcf/guid.ts';
import { readBcf } from '../../data/bcf/read-bcf.ts';
import {
  type CommentStatus,
  type ReviewComment,
  reviewComment,
  reviewTopic,
  withStatus,
} from '../../data/bcf/review-topic.ts';
import { loadTopics, saveTopics } from '../../data/bcf/topic-store.ts';
import { writeBcf } from '../../data/bcf/write-bcf.ts';
import { createCommentPins } from '../../layers/comment-pins.ts';
import { DataError, errorMessage } from '../../shared/errors.ts';
import { createStore, type Store } from '../../shared/store.ts';
import { cameraLens } from '../../viewer/camera-lens.ts';
import { currentView, flyToView, setView } from '../../viewer/camera.ts';
import { nextFrame } from '../../viewer/next-frame.ts';
import { collectScenePoints } from '../../viewer/scene-points.ts';
import { snapshotPng } from '../../viewer/snapshot.ts';
import type { App } from '../app.ts';
import { reportError } from '../errors.ts';
import type { Schemes } from '../schemes/schemes-service.ts';

export interface CommentsState {
  /** In the order they were made. */
  comments: ReviewComment[];
  /** Waiting for a click in the scene. */
  picking: boolean;
  /** The point clicked for the comment being written. */
  draftPosition: Vec3 | null;
  /** The comment last shown had no view of this project: it opened at the home view. */
  openedAtHome: string | null;
}

export interface NewComment {
  text: string;
  author: string;
  position: Vec3 | null;
  status?: CommentStatus;
}

export interface CommentsFeature {
  store: Store<CommentsState>;
  /** Resolves once the comment is on disk, with its id. */
  add(comment: NewComment): Promise<string>;
  setStatus(id: string, status: CommentStatus): Promise<void>;
  /** Restores the comment's scheme and view (the project's home for one without a view); resolves when drawn. */
  show(id: string): Promise<void>;
  exportBcf(): Uint8Array;
  /** The number of topics imported; unusable topics are reported and left out; a file that is no BCF rejects. */
  importBcf(bytes: Uint8Array, name: string): Promise<number>;
  /** Waits for a click in the scene, which becomes the draft's position. */
  pick(): void;
  cancelDraft(): void;
  has(id: string): boolean;
  /** The snapshot taken with the comment (or its first viewpoint's, for another tool's topic). */
  snapshot(id: string): BcfViewpoint['snapshot'] | undefined;
}

/** Snapshot width: small enough for software WebGL and IndexedDB, BCF asks ≤ 1500 px. */
const SNAPSHOT_WIDTH_PX = 480;
const IFC_GUID = /^[0-9A-Za-z_$]{22}$/;

export function createComments(app: App, schemes: Schemes, projectKey: string): CommentsFeature {
  const store = createStore<CommentsState>({ comments: [], picking: false, draftPosition: null, openedAtHome: null });
  const pins = createCommentPins(app.viewer);
  let topics: BcfTopic[] = [];
  let stopPicking: (() => void) | null = null;

  const publish = (next: BcfTopic[]) => {
    topics = next;
    store.update((s) => ({ ...s, comments: topics.map(reviewComment) }));
  };
  store.subscribe((state, previous) => {
    if (state.comments === previous.comments) return;
    pins.show(
      state.comments.flatMap((comment, index) =>
        comment.position
          ? [
              {
                position: comment.position,
                label: `${index + 1} ${comment.text.split('\n')[0]!.slice(0, 16)}`,
                resolved: comment.status === 'resolved',
              },
            ]
          : [],
      ),
    );
  });
  /** Written to disk first; the list changes only once that has committed. */
  const commit = async (changed: BcfTopic[]) => {
    await saveTopics(projectKey, changed);
    const byGuid = new Map(topics.map((topic) => [topic.guid, topic]));
    for (const topic of changed) byGuid.set(topic.guid, topic);
    publish([...byGuid.values()]);
  };
  const find = (id: string) => topics.find((topic) => topic.guid === id);

  void app.ready
    .then(() => loadTopics(projectKey))
    .then((stored) => publish([...stored, ...topics.filter((topic) => !stored.some((s) => s.guid === topic.guid))]))
    .catch((error: unknown) =>
      reportError(app.store, 'IndexedDB', `review comments could not be read: ${errorMessage(error)}`),
    );

  const stop = () => {
    stopPicking?.();
    stopPicking = null;
  };

  const feature: CommentsFeature = {
    store,
    async add(comment) {
      const project = app.project();
      const home = project?.home ?? currentView(app.viewer);
      const selected = app.store.get().selection?.attributes.GlobalId;
      const lens = cameraLens(app.viewer);
      const topic = reviewTopic(
        {
          text: comment.text,
          author: comment.author,
          createdAt: new Date().toISOString(),
          status: comment.status ?? 'open',
          schemeId: schemes.store.get().shownId,
          position: comment.position,
          view: currentView(app.viewer),
          fieldOfViewDeg: lens.verticalFieldOfViewDeg,
          aspectRatio: lens.aspectRatio,
          ifcGuids: typeof selected === 'string' && IFC_GUID.test(selected) ? [selected] : [],
          snapshotPng: await snapshotPng(app.viewer, SNAPSHOT_WIDTH_PX),
        },
        { lon: home.lon, lat: home.lat, heightMeters: 0 },
        { topic: randomGuid(), comment: randomGuid(), viewpoint: randomGuid() },
      );
      await commit([topic]);
      store.update((s) => ({ ...s, draftPosition: null }));
      return topic.guid;
    },
    async setStatus(id, status) {
      const topic = find(id)!;
      await commit([withStatus(topic, status, topic.creationAuthor, new Date().toISOString())]);
    },
    async show(id) {
      const comment = reviewComment(find(id)!);
      if (comment.schemeId && schemes.list().some((scheme) => scheme.id === comment.schemeId))
        await schemes.show(comment.schemeId);
      store.update((s) => ({ ...s, openedAtHome: comment.view ? null : id }));
      const home = app.project()?.home;
      if (comment.view) setView(app.viewer, comment.view);
      else if (home) await flyToView(app.viewer, home, 0);
      await nextFrame(app.viewer);
    },
    exportBcf: () => writeBcf(topics),
    async importBcf(bytes, name) {
      let read: Awaited<ReturnType<typeof readBcf>>;
      try {
        read = await readBcf(bytes, name);
      } catch (error) {
        if (error instanceof DataError) reportError(app.store, error.source, error.message);
        throw error;
      }
      for (const problem of read.problems) reportError(app.store, problem.source, problem.message);
      if (read.topics.length) await commit(read.topics);
      return read.topics.length;
    },
    pick() {
      stop();
      store.update((s) => ({ ...s, picking: true }));
      stopPicking = collectScenePoints(
        app.viewer,
        (point) => {
          stop();
          store.update((s) => ({ ...s, picking: false, draftPosition: point }));
        },
        () => {},
      );
    },
    cancelDraft() {
      stop();
      store.update((s) => ({ ...s, picking: false, draftPosition: null }));
    },
    has: (id) => find(id) !== undefined,
    snapshot: (id) => find(id)?.viewpoints.find((viewpoint) => viewpoint.snapshot)?.snapshot,
  };
  // The stored comments are the users' work: only the one being placed goes.
  app.onReset(feature.cancelDraft);
  return feature;
}
