// The privacy page's "Delete all my data": the same control as the pane's footer.
import { myDataControl } from "./my-data.js";

const holder = document.getElementById("my-data");
const done = document.getElementById("my-data-done");
holder.replaceChildren(myDataControl({ onDeleted: (message) => { done.textContent = message; } }));
