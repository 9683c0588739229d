// A review comment (批注) as a BCF topic and back. The camera and the pin are written in one project-local
// east-north-up frame (src/geometry/ellipsoid.ts LocalFrame); BCF has no CRS, so the frame's origin, its CRS and the
// scheme shown go in a ReferenceLink of the topic, `urn:x-cim-renewal:enu?origin=lon,lat,h&crs=EPSG:4979&scheme=…&
// pin=e,n,u` (README "Review comments"). A topic without that link (another tool's) opens at the project's home.
import type { CameraView } from '../../config/project-types.ts';
import { frameToPose, poseToFrame } from '../../geometry/camera-frame.ts';
import { ecefToGeodetic, LocalFrame, type Vec3 } from '../../geometry/ellipsoid.ts';
import type { BcfTopic } from './bcf-types.ts';
import { BCF_TOPIC_TYPE } from './write-bcf.ts';

export type CommentStatus = 'open' | 'resolved';

/** lon/lat degrees and metres above the ellipsoid, as the viewer uses them. */
export const FRAME_CRS = 'EPSG:4979';
const LINK_PREFIX = 'urn:x-cim-renewal:enu?';
const TITLE_CHARACTERS = 60;

export interface FrameOrigin {
  lon: number;
  lat: number;
  heightMeters: number;
}

/** What a comment says, as made and as read back. */
interface CommentFields {
  text: string;
  author: string;
  /** ISO 8601. */
  createdAt: string;
  status: CommentStatus;
  /** The scheme shown when it was made (null for another tool's topic). */
  schemeId: string | null;
  /** [lon, lat, heightMeters] of the pin, or null. */
  position: Vec3 | null;
}

export interface NewReviewComment extends CommentFields {
  view: CameraView;
  /** Vertical, degrees. */
  fieldOfViewDeg: number;
  aspectRatio: number;
  ifcGuids: string[];
  snapshotPng?: Uint8Array;
}

export interface ReviewComment extends CommentFields {
  /** The topic's GUID. */
  id: string;
  /** null when the topic has no project origin (another tool's: it opens at the project's home) or no perspective
   * camera. */
  view: CameraView | null;
  ifcGuids: string[];
}

const triple = (v: Vec3) => v.map((x) => String(x)).join(',');

export function reviewTopic(
  comment: NewReviewComment,
  origin: FrameOrigin,
  guids: { topic: string; comment: string; viewpoint: string },
): BcfTopic {
  const frame = new LocalFrame(origin.lon, origin.lat, origin.heightMeters);
  const camera = poseToFrame(comment.view, frame);
  const link = new URLSearchParams({ origin: triple([origin.lon, origin.lat, origin.heightMeters]), crs: FRAME_CRS });
  if (comment.schemeId !== null) link.set('scheme', comment.schemeId);
  if (comment.position) {
    const pin: Vec3 = [0, 0, 0];
    frame.toLocal(...comment.position, pin);
    link.set('pin', triple(pin));
  }
  const firstLine = comment.text.trim().split('\n')[0] ?? '';
  return {
    guid: guids.topic,
    topicType: BCF_TOPIC_TYPE,
    topicStatus: comment.status === 'resolved' ? 'Resolved' : 'Open',
    referenceLinks: [LINK_PREFIX + link.toString()],
    title:
      [...firstLine].length > TITLE_CHARACTERS
        ? `${[...firstLine].slice(0, TITLE_CHARACTERS - 1).join('')}…`
        : firstLine,
    labels: [],
    creationDate: comment.createdAt,
    creationAuthor: comment.author,
    comments: [
      {
        guid: guids.comment,
        date: comment.createdAt,
        author: comment.author,
        text: comment.text,
        viewpointGuid: guids.viewpoint,
      },
    ],
    viewpoints: [
      {
        guid: guids.viewpoint,
        camera: {
          kind: 'perspective',
          viewPoint: camera.eye,
          direction: camera.direction,
          up: camera.up,
          fieldOfViewDeg: comment.fieldOfViewDeg,
          aspectRatio: comment.aspectRatio,
        },
        selection: comment.ifcGuids,
        defaultVisibility: true,
        visibilityExceptions: [],
        ...(comment.snapshotPng ? { snapshot: { bytes: comment.snapshotPng, format: 'png' as const } } : {}),
      },
    ],
  };
}

function numbers(text: string | null, count: number): number[] | null {
  const values = (text ?? '').split(',').map(Number);
  return values.length === count && values.every(Number.isFinite) ? values : null;
}

/** The frame written by reviewTopic, when the topic has one. */
function frameLink(topic: BcfTopic): { frame: LocalFrame; params: URLSearchParams } | null {
  const link = topic.referenceLinks.find((candidate) => candidate.startsWith(LINK_PREFIX));
  if (!link) return null;
  const params = new URLSearchParams(link.slice(LINK_PREFIX.length));
  const origin = numbers(params.get('origin'), 3);
  if (!origin || params.get('crs') !== FRAME_CRS) return null;
  return { frame: new LocalFrame(origin[0]!, origin[1]!, origin[2]!), params };
}

export const commentStatus = (topicStatus: string): CommentStatus =>
  /^(resolved|closed|done|fixed)$/i.test(topicStatus.trim()) ? 'resolved' : 'open';

export function reviewComment(topic: BcfTopic): ReviewComment {
  const linked = frameLink(topic);
  const viewpoint = topic.viewpoints[0];
  const pin = linked && numbers(linked.params.get('pin'), 3);
  const camera = viewpoint?.camera;
  return {
    id: topic.guid,
    text: topic.comments[0]?.text || topic.description || topic.title,
    author: topic.creationAuthor,
    createdAt: topic.creationDate,
    status: commentStatus(topic.topicStatus),
    schemeId: linked?.params.get('scheme') ?? null,
    position: pin ? ecefToGeodetic(...linked.frame.toEcef(pin[0]!, pin[1]!, pin[2]!)) : null,
    view:
      linked && camera?.kind === 'perspective'
        ? frameToPose({ eye: camera.viewPoint, direction: camera.direction, up: camera.up }, linked.frame)
        : null,
    ifcGuids: viewpoint?.selection ?? [],
  };
}

/** The topic with its status changed, stamped with who changed it and when. */
export const withStatus = (topic: BcfTopic, status: CommentStatus, author: string, date: string): BcfTopic => ({
  ...topic,
  topicStatus: status === 'resolved' ? 'Resolved' : 'Open',
  modifiedDate: date,
  modifiedAuthor: author,
});
