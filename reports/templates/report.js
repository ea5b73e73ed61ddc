/* Sort and filter for tables marked data-sortable; the tables read fine without it. */
(function () {
  "use strict";
  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ""; }
    var value = cell.getAttribute("data-sort");
    return value !== null ? value : cell.textContent.trim();
  }
  function compare(a, b) {
    var na = parseFloat(a), nb = parseFloat(b);
    if (!isNaN(na) && !isNaN(nb) && String(na) === a.replace(/^\+/, "") && String(nb) === b.replace(/^\+/, "")) {
      return na - nb;
    }
    return a.localeCompare(b, undefined, {numeric: true, sensitivity: "base"});
  }
  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      if (th.hasAttribute("data-nosort")) { return; }
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        Array.prototype.forEach.call(table.tBodies, function (body) {
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (r1, r2) {
            var result = compare(cellValue(r1, index), cellValue(r2, index));
            return ascending ? result : -result;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    });
  }
  function makeFilterable(table, number) {
    var wrap = document.createElement("div");
    wrap.className = "filter";
    var label = document.createElement("label");
    var id = "filter-" + number;
    label.setAttribute("for", id);
    label.textContent = "Filter " + (table.getAttribute("data-name") || "rows") + ": ";
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    var status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "muted";
    wrap.appendChild(label);
    wrap.appendChild(input);
    wrap.appendChild(document.createTextNode(" "));
    wrap.appendChild(status);
    var anchor = table.parentNode.classList.contains("table-wrap") ? table.parentNode : table;
    anchor.parentNode.insertBefore(wrap, anchor);
    input.addEventListener("input", function () {
      var query = input.value.trim().toLowerCase();
      var shown = 0, total = 0;
      Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (row) {
          total += 1;
          var match = !query || row.textContent.toLowerCase().indexOf(query) !== -1;
          row.hidden = !match;
          if (match) { shown += 1; }
        });
      });
      status.textContent = query ? shown + " of " + total + " rows shown" : "";
    });
  }
  /* Tables of WCAG findings: show the rows of one engine, or those two or more engines confirmed. */
  function makeEngineFilter(table, number) {
    var names = {};
    Array.prototype.forEach.call(table.querySelectorAll("tbody tr[data-engines]"), function (row) {
      row.getAttribute("data-engines").split(" ").forEach(function (name) { if (name) { names[name] = true; } });
    });
    var wrap = document.createElement("div");
    wrap.className = "filter";
    var label = document.createElement("label");
    var id = "engine-filter-" + number;
    label.setAttribute("for", id);
    label.textContent = "Engine: ";
    var select = document.createElement("select");
    select.id = id;
    [["", "all engines"], ["confirmed", "confirmed by two or more"]].concat(
      Object.keys(names).sort().map(function (name) { return [name, "reported by " + name]; })
    ).forEach(function (pair) {
      var option = document.createElement("option");
      option.value = pair[0];
      option.textContent = pair[1];
      select.appendChild(option);
    });
    wrap.appendChild(label);
    wrap.appendChild(select);
    var anchor = table.parentNode.classList.contains("table-wrap") ? table.parentNode : table;
    anchor.parentNode.insertBefore(wrap, anchor);
    select.addEventListener("change", function () {
      var value = select.value;
      Array.prototype.forEach.call(table.querySelectorAll("tbody tr[data-engines]"), function (row) {
        var engines = row.getAttribute("data-engines").split(" ");
        row.hidden = value === "confirmed" ? engines.length < 2 : (value !== "" && engines.indexOf(value) === -1);
      });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), function (table, number) {
    makeSortable(table);
    makeFilterable(table, number);
    if (table.hasAttribute("data-engine-filter")) { makeEngineFilter(table, number); }
  });
  /* A table wider than the window scrolls: make its wrapper reachable by keyboard. */
  function markScrollable() {
    Array.prototype.forEach.call(document.querySelectorAll(".table-wrap"), function (wrap) {
      var table = wrap.querySelector("table");
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", (table && table.caption ? table.caption.textContent : "table") + " (scrolls)");
      } else if (wrap.getAttribute("role") === "region") {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }
  markScrollable();
  window.addEventListener("resize", markScrollable);
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });
  document.documentElement.setAttribute("data-enhanced", "true");
}());
