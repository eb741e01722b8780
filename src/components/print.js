// Whole tables on paper. Inputs.table draws its rows as its box scrolls (two screens' worth at
// first), so a printed page showed 10 to 14 rows of 51, 140 or 551. Before the browser prints,
// every table on the page is sent scroll events until it has drawn all its rows, and the print
// stylesheet lifts its fixed height. Installed once per page by the trust line, which every page
// carries (trust-line.js).
import {addStyle} from "./style.js";

const TABLES = "form[class^='inputs-'][class$='-table']";
const STYLE = `@media print {
  ${TABLES} { max-height: none !important; height: auto !important; overflow: visible !important; }
  ${TABLES} thead th { position: static !important; }
  ${TABLES} tr { break-inside: avoid; }
}`;

/** Draws every row of every Inputs.table under `root` (Inputs.table adds rows on its scroll event). */
export function drawAllRows(root = document) {
  for (const form of root.querySelectorAll(TABLES)) {
    const tbody = form.querySelector("tbody");
    if (!tbody) continue;
    // hidden, the box's scrollHeight and scrollTop read 0, so each scroll event draws the next rows
    // without laying out the table in between (thousands of rows in well under a second)
    const display = form.style.display;
    form.style.display = "none";
    for (let before = -1; tbody.childElementCount !== before; ) {
      before = tbody.childElementCount;
      form.dispatchEvent(new Event("scroll"));
    }
    form.style.display = display;
  }
}

export function installPrint() {
  if (typeof window === "undefined" || document.getElementById("print-tables-style")) return;
  addStyle("print-tables-style", STYLE);
  window.addEventListener("beforeprint", () => drawAllRows());
}
