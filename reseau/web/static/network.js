// Draws /api/graph with Cytoscape.js: zoom and pan buttons, « Trouver » (centre a node and
// light its neighbours), a month slider that redraws the network of the twelve months up to
// it, and the table of strongest ties kept in step. A click on a node opens its profile.
(function () {
  const box = document.getElementById("graph");
  const slider = document.getElementById("when");
  const finder = document.getElementById("find");
  const status = document.getElementById("find-status");
  const LABEL_PX = 12;       // names are drawn this size on screen whatever the zoom (≥ 11 px)
  const NAMED = 30;          // on a large network only the best-connected are named at first
  const MONTHS = 12;
  let cy = null;
  let fitZoom = 1;

  const fold = s => (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  const format = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => values[k]);
  const profile = id => (id[0] === "o" ? "/organisations/" : "/personnes/") + id.slice(1);

  function monthIndex(month) { return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1; }
  function monthOf(index) { return String(Math.floor(index / 12)).padStart(4, "0") + "-" + String(index % 12 + 1).padStart(2, "0"); }

  // Keep every drawn name LABEL_PX tall on screen: font sizes are in model units.
  let pending = false;
  function sizeLabels() {
    if (pending || !cy) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const zoom = cy.zoom();
      cy.batch(() => {
        cy.nodes().style("font-size", LABEL_PX / zoom);
        // Zoomed in well past the whole view, every node in sight is named.
        const all = zoom >= fitZoom * 2.5;
        cy.nodes().forEach(n => n.toggleClass("named", all || n.data("top")));
      });
    });
  }

  function draw(data) {
    if (cy) cy.destroy();
    const degree = {};
    data.edges.forEach(e => { degree[e.source] = (degree[e.source] || 0) + 1; degree[e.target] = (degree[e.target] || 0) + 1; });
    const big = data.nodes.length > 300;
    const top = new Set(big ? data.nodes.map(n => n.id).sort((a, b) => (degree[b] || 0) - (degree[a] || 0)).slice(0, NAMED)
                            : data.nodes.map(n => n.id));
    // The server lays out a square; stretched to the box's shape, the page is used whole.
    const stretch = Math.max(1, box.clientWidth / Math.max(1, box.clientHeight));
    const elements = data.nodes.map(n => ({ data: { id: n.id, label: n.label, type: n.type, degree: degree[n.id] || 0, top: top.has(n.id) },
                                             classes: top.has(n.id) ? "named" : "",
                                             position: big && n.x != null ? { x: n.x * stretch, y: n.y } : undefined }))
      .concat(data.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, type: e.type } })));
    cy = cytoscape({
      container: box, elements,
      style: [
        { selector: "node", style: { label: "", "font-size": LABEL_PX, "min-zoomed-font-size": 11,
          "text-background-color": "#ffffff", "text-background-opacity": 0.75, "text-background-padding": 1,
          width: big ? "mapData(degree, 0, 60, 7, 44)" : "mapData(degree, 0, 60, 8, 28)",
          height: big ? "mapData(degree, 0, 60, 7, 44)" : "mapData(degree, 0, 60, 8, 28)" } },
        { selector: "node.named", style: { label: "data(label)" } },
        { selector: "node[type = 'organization']", style: { "background-color": "#0b5cad" } },
        { selector: "node[type = 'person']", style: { "background-color": "#e07b00" } },
        { selector: "edge", style: { width: big ? 0.5 : 1, "line-color": "#b8c4d0", opacity: big ? 0.35 : 1 } },
        { selector: "edge[type = 'role']", style: { "line-color": "#6a7f94" } },
        { selector: ".faded", style: { opacity: 0.12 } },
        { selector: "node.near", style: { label: "data(label)", "border-width": 2, "border-color": "#1b1b1b" } },
        { selector: "edge.near", style: { "line-color": "#1b1b1b", opacity: 1, width: 2 } },
        { selector: "node.found", style: { "border-width": 4, "border-color": "#c00000" } },
      ],
      // A large network comes with the positions the server worked out (a force layout in the
      // browser took half a minute at 2,000 nodes); a small one is laid out here with cose.
      layout: big ? { name: "preset", fit: true, padding: 10 }
                  : { name: "cose", animate: false, randomize: false, numIter: 1000, nodeRepulsion: () => 400000, idealEdgeLength: () => 40 },
      textureOnViewport: big, hideEdgesOnViewport: big, wheelSensitivity: 0.3,
    });
    fitZoom = cy.zoom();
    window.reseauGraph = cy;
    cy.on("zoom", sizeLabels);
    cy.on("tap", "node", ev => { window.location.href = profile(ev.target.id()); });
    sizeLabels();
    const names = document.getElementById("node-names");
    names.replaceChildren(...data.nodes.map(n => Object.assign(document.createElement("option"), { value: n.label })));
  }

  function fillTies(data) {
    const table = document.getElementById("ties");
    const body = table.tBodies[0];
    const labels = Object.fromEntries(data.nodes.map(n => [n.id, n.label]));
    const ties = data.edges.filter(e => e.type === "activity")
      .sort((a, b) => b.weight - a.weight || (b.last_seen || "").localeCompare(a.last_seen || "")).slice(0, 25);
    const link = id => Object.assign(document.createElement("a"), { href: profile(id), textContent: labels[id] });
    const cell = content => { const td = document.createElement("td"); td.append(content); return td; };
    if (!ties.length) {
      const td = cell(table.dataset.empty); td.colSpan = 4; td.className = "muted";
      const tr = document.createElement("tr"); tr.append(td);
      body.replaceChildren(tr);
      return;
    }
    body.replaceChildren(...ties.map(e => {
      const tr = document.createElement("tr");
      tr.append(cell(link(e.source)), cell(link(e.target)), cell(String(e.weight)), cell(e.last_seen || ""));
      return tr;
    }));
  }

  async function load(source) {
    const response = await fetch(source, { credentials: "same-origin" });
    if (!response.ok) { box.textContent = box.dataset.error; return null; }
    const data = await response.json();
    draw(data);
    return data;
  }

  // Zoom about the middle of the drawing; pan by a fifth of it.
  document.querySelectorAll("[data-zoom]").forEach(button => button.addEventListener("click", () => {
    if (!cy) return;
    const middle = { x: box.clientWidth / 2, y: box.clientHeight / 2 };
    if (button.dataset.zoom === "fit") { cy.fit(undefined, 10); sizeLabels(); return; }
    cy.zoom({ level: cy.zoom() * (button.dataset.zoom === "in" ? 1.4 : 1 / 1.4), renderedPosition: middle });
  }));
  document.querySelectorAll("[data-pan]").forEach(button => button.addEventListener("click", () => {
    if (!cy) return;
    const step = { left: [1, 0], right: [-1, 0], up: [0, 1], down: [0, -1] }[button.dataset.pan];
    cy.panBy({ x: step[0] * box.clientWidth / 5, y: step[1] * box.clientHeight / 5 });
  }));

  function clearFound() {
    if (!cy) return;
    cy.elements().removeClass("faded near found");
    status.textContent = "";
  }

  finder.addEventListener("submit", ev => {
    ev.preventDefault();
    if (!cy) return;
    clearFound();
    const typed = finder.elements.name.value;
    const wanted = fold(typed);
    if (!wanted) return;
    const nodes = cy.nodes();
    const node = nodes.filter(n => fold(n.data("label")) === wanted)[0] || nodes.filter(n => fold(n.data("label")).includes(wanted))[0];
    if (!node) { status.textContent = format(finder.dataset.none, { name: typed }); return; }
    const near = node.closedNeighborhood();
    cy.elements().not(near).addClass("faded");
    near.addClass("near");
    node.addClass("found");
    cy.resize();  // the page around may have moved since the drawing was made
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), fitZoom * 1.5) }, { duration: 250, complete: sizeLabels });
    const neighbours = node.neighborhood("node").map(n => n.data("label"));
    status.textContent = format(finder.dataset.found, { name: node.data("label"), count: neighbours.length })
      + (neighbours.length ? " — " + neighbours.join(", ") : "");
  });
  document.getElementById("find-clear").addEventListener("click", () => { finder.elements.name.value = ""; clearFound(); });

  // The slider runs over the register's months; moving it shows the twelve months up to it.
  if (slider) {
    const first = monthIndex(slider.dataset.first), last = monthIndex(slider.dataset.last);
    slider.max = String(last - first);
    slider.value = String(monthIndex(slider.dataset.end || slider.dataset.last) - first);
    const label = document.getElementById("when-label");
    slider.addEventListener("input", () => { label.textContent = monthOf(first + Number(slider.value)); });
    slider.addEventListener("change", async () => {
      const end = monthOf(first + Number(slider.value));
      const params = new URLSearchParams({ positions: "true", start: monthOf(first + Number(slider.value) - (MONTHS - 1)), end });
      if (slider.dataset.country) params.set("country", slider.dataset.country);
      if (slider.dataset.topic) params.set("topic", slider.dataset.topic);
      label.textContent = end;
      const data = await load("/api/graph?" + params);
      if (data) {
        fillTies(data);
        clearFound();
        const shown = new URLSearchParams(params); shown.delete("positions");
        history.replaceState(null, "", "?" + shown);
        for (const [key, value] of [["start", params.get("start")], ["end", end]]) {
          const input = document.querySelector(`form.filters input[name=${key}]`);
          if (input) input.value = value;
        }
      }
    });
  }

  load(box.dataset.source);
})();
