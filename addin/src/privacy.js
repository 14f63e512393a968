// @ts-check
// The privacy page's "Delete all my data": the same control as the pane's footer.
import { byId } from "./dom.js";
import { myDataControl } from "./my-data.js";

const holder = byId("my-data");
const done = byId("my-data-done");
holder.replaceChildren(myDataControl({ onDeleted: (message) => { done.textContent = message; } }));
