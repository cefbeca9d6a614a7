// Where the user is inside an open export. Views navigate by calling `go` with a new route.

export type Route =
  | { view: "overview" }
  | { view: "category"; id: string }
  | { view: "files"; path?: string }
  | { view: "policy"; section?: string; query?: string };

export type Go = (route: Route) => void;
