// A feature the health check could not use (a park that is not a polygon, a facility without a category, a walkway
// that stops short of the next one). Reported per feature so nothing is left out silently.

export interface HealthProblem {
  /** The layer the feature came from. */
  source: string;
  featureId: string;
  message: string;
}
