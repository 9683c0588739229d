// window.cim additions of the 批注 feature (README, "Review comments"): comments as plain data, and BCF 3.0 out and in.
import type { Vec3 } from '../../geometry/ellipsoid.ts';
import type { CommentStatus, ReviewComment } from '../../data/bcf/review-topic.ts';
import { errorMessage } from '../../shared/errors.ts';
import { argumentError, LoadFailedError, UnknownItemError } from '../api-errors.ts';
import type { CommentsFeature } from './comments-feature.ts';

/** A comment as cim.comments() gives it: README "Review comments". */
export type CimComment = Omit<ReviewComment, 'ifcGuids'>;

export interface CommentsApi {
  /** Every comment, oldest first. */
  comments(): CimComment[];
  /** Resolves with the new comment's id once it is stored in the browser. */
  addComment(comment: { text: string; author: string; position: number[]; status?: CommentStatus }): Promise<string>;
  setCommentStatus(id: string, status: CommentStatus): Promise<void>;
  /** Restores the comment's scheme and view; resolves when drawn. */
  showComment(id: string): Promise<void>;
  /** Every comment as a BCF 3.0 file (zip bytes). */
  exportBcf(): Uint8Array;
  /** Imports a BCF 3.0 file's topics (the same GUID replaces a comment); resolves with how many were imported. */
  importBcf(bytes: Uint8Array, name?: string): Promise<number>;
}

const STATUSES: readonly CommentStatus[] = ['open', 'resolved'];

const isStatus = (status: unknown): status is CommentStatus => STATUSES.includes(status as CommentStatus);
const statusProblem = (status: unknown) => `status must be 'open' or 'resolved', got ${JSON.stringify(status)}`;

function readPosition(position: unknown): Vec3 {
  if (
    !Array.isArray(position) ||
    position.length < 2 ||
    position.length > 3 ||
    !position.every((value) => typeof value === 'number' && Number.isFinite(value)) ||
    Math.abs(position[0]) > 180 ||
    Math.abs(position[1]) > 90
  )
    throw argumentError('cim.addComment', 'position must be [lon, lat, heightMeters] in degrees and metres');
  return [position[0], position[1], position[2] ?? 0];
}

export function createCommentsApi(feature: CommentsFeature): CommentsApi {
  const known = (id: unknown): id is string => typeof id === 'string' && feature.has(id);
  return {
    comments: () =>
      feature.store.get().comments.map(({ id, text, author, createdAt, status, schemeId, position, view }) => ({
        id,
        text,
        author,
        createdAt,
        status,
        schemeId,
        position: position && [...position],
        view: view && { ...view },
      })),
    addComment(comment) {
      if (typeof comment !== 'object' || comment === null)
        throw argumentError('cim.addComment', 'give {text, author, position}');
      const { text, author, position, status = 'open' } = comment;
      if (typeof text !== 'string' || text.trim() === '')
        throw argumentError('cim.addComment', 'text must be a non-empty string');
      if (typeof author !== 'string' || author.trim() === '')
        throw argumentError('cim.addComment', 'author must be a non-empty string');
      if (!isStatus(status)) throw argumentError('cim.addComment', statusProblem(status));
      return feature.add({ text, author: author.trim(), position: readPosition(position), status });
    },
    async setCommentStatus(id, status) {
      if (!known(id)) throw new UnknownItemError('cim.setCommentStatus', 'comment', String(id));
      if (!isStatus(status)) throw argumentError('cim.setCommentStatus', statusProblem(status));
      await feature.setStatus(id, status);
    },
    async showComment(id) {
      if (!known(id)) throw new UnknownItemError('cim.showComment', 'comment', String(id));
      await feature.show(id);
    },
    exportBcf: () => feature.exportBcf(),
    async importBcf(bytes, name = 'import.bcf') {
      if (!(bytes instanceof Uint8Array)) throw argumentError('cim.importBcf', 'bytes must be a Uint8Array');
      try {
        return await feature.importBcf(bytes, name);
      } catch (error) {
        // A DataError names the file and the problem; the comments already there are untouched.
        throw new LoadFailedError('cim.importBcf', errorMessage(error));
      }
    },
  };
}
