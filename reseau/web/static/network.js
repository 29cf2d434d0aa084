// Draws /api/graph with Cytoscape.js; a click opens the node's profile.
(async function () {
  const box = document.getElementById("graph");
  const response = await fetch(box.dataset.source, { credentials: "same-origin" });
  if (!response.ok) { box.textContent = "Le réseau n'a pas pu être chargé."; return; }
  const data = await response.json();
  const elements = data.nodes.map(n => ({ data: { id: n.id, label: n.label, type: n.type } }))
    .concat(data.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, type: e.type } })));
  const big = data.nodes.length > 300;
  const cy = cytoscape({
    container: box, elements,
    style: [
      { selector: "node", style: { label: big ? "" : "data(label)", "font-size": 9, width: 14, height: 14 } },
      { selector: "node[type = 'organization']", style: { "background-color": "#0b5cad" } },
      { selector: "node[type = 'person']", style: { "background-color": "#e07b00" } },
      { selector: "edge", style: { width: 1, "line-color": "#b8c4d0" } },
      { selector: "edge[type = 'role']", style: { "line-color": "#6a7f94" } },
    ],
    // cose keeps a few hundred nodes readable; beyond that a grid of components stays fast.
    layout: big ? { name: "concentric", minNodeSpacing: 4, animate: false } : { name: "cose", animate: false },
  });
  window.reseauGraph = cy;
  cy.on("tap", "node", ev => {
    const id = ev.target.id();
    window.location.href = (id[0] === "o" ? "/organisations/" : "/personnes/") + id.slice(1);
  });
})();
