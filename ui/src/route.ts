// Where the user is inside an open export. Views navigate by calling `go` with a new route.

export type Route =
  | { view: "overview" }
  | { view: "category"; id: string }
  | { view: "files"; path?: string; record?: RecordRef }
  | { view: "policy"; section?: string; query?: string }
  | { view: "values"; query: string; wholeWord: boolean }
  | { view: "letter" };

export type Go = (route: Route) => void;

/** One record of a file's table ("" for the main one); `row` is 1-based, as the engine counts.
 * `field`, when given, is the field a search found the value in. */
export interface RecordRef {
  table: string;
  row: number;
  field?: string;
}
