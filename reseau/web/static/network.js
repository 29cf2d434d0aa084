// Draws /api/graph with Cytoscape.js; a click opens the node's profile.
(async function () {
  const box = document.getElementById("graph");
  const response = await fetch(box.dataset.source, { credentials: "same-origin" });
  if (!response.ok) { box.textContent = "Le réseau n'a pas pu être chargé."; return; }
  const data = await response.json();
  const degree = {};
  data.edges.forEach(e => { degree[e.source] = (degree[e.source] || 0) + 1; degree[e.target] = (degree[e.target] || 0) + 1; });
  const ranked = Object.values(degree).sort((a, b) => b - a);
  // On a large network only the 40 best-connected nodes are named, and size tells the rest.
  const named = data.nodes.length > 300 ? (ranked[39] || 0) : 0;
  const elements = data.nodes.map(n => ({ data: { id: n.id, label: n.label, type: n.type, degree: degree[n.id] || 0,
                                                   shown: (degree[n.id] || 0) >= named ? n.label : "" } }))
    .concat(data.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, type: e.type } })));
  const big = data.nodes.length > 300;
  const cy = cytoscape({
    container: box, elements,
    style: [
      { selector: "node", style: { label: "data(shown)", "font-size": big ? 7 : 9,
        width: "mapData(degree, 0, 60, 5, 28)", height: "mapData(degree, 0, 60, 5, 28)" } },
      { selector: "node[type = 'organization']", style: { "background-color": "#0b5cad" } },
      { selector: "node[type = 'person']", style: { "background-color": "#e07b00" } },
      { selector: "edge", style: { width: big ? 0.3 : 1, "line-color": "#b8c4d0", opacity: big ? 0.35 : 1 } },
      { selector: "edge[type = 'role']", style: { "line-color": "#6a7f94" } },
    ],
    // cose, with fewer iterations on a large network: hubs pull their neighbours together and
    // the sizes and names of the 40 best-connected nodes say where to look.
    layout: { name: "cose", animate: false, randomize: true, numIter: big ? 150 : 1000,
              nodeRepulsion: () => (big ? 8000 : 400000), idealEdgeLength: () => (big ? 12 : 32) },
  });
  window.reseauGraph = cy;
  cy.on("tap", "node", ev => {
    const id = ev.target.id();
    window.location.href = (id[0] === "o" ? "/organisations/" : "/personnes/") + id.slice(1);
  });
})();
