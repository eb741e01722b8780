// A component's stylesheet, added to the page once (the id keeps a second call from adding it again).
export function addStyle(id, css) {
  if (typeof document === "undefined" || document.getElementById(id)) return;
  document.head.append(Object.assign(document.createElement("style"), {id, textContent: css}));
}
