// A feature the townscape checks could not judge (a zone without a limit, a building without a height, a corridor
// whose eye is its target). Reported per feature so nothing passes silently.

export interface TownscapeProblem {
  /** The layer the feature came from, when it is a building; the zone or corridor file otherwise. */
  source: string;
  featureId: string;
  message: string;
}
