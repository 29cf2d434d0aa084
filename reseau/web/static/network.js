// Draws /api/graph with Cytoscape.js; a click opens the node's profile.
(async function () {
  const box = document.getElementById("graph");
  const response = await fetch(box.dataset.source, { credentials: "same-origin" });
  if (!response.ok) { box.textContent = box.dataset.error; return; }
  const data = await response.json();
  const degree = {};
  data.edges.forEach(e => { degree[e.source] = (degree[e.source] || 0) + 1; degree[e.target] = (degree[e.target] || 0) + 1; });
  const big = data.nodes.length > 300;
  // On a large network only the 30 best-connected nodes are named (exactly 30, ties or not),
  // and size tells the rest.
  const named = new Set(big ? data.nodes.map(n => n.id).sort((a, b) => (degree[b] || 0) - (degree[a] || 0)).slice(0, 30)
                            : data.nodes.map(n => n.id));
  // The server lays out a square; stretched to the box's shape, the page is used whole.
  const stretch = Math.max(1, box.clientWidth / Math.max(1, box.clientHeight));
  const elements = data.nodes.map(n => ({ data: { id: n.id, label: n.label, type: n.type, degree: degree[n.id] || 0,
                                                   shown: named.has(n.id) ? n.label : "" },
                                           position: big && n.x != null ? { x: n.x * stretch, y: n.y } : undefined }))
    .concat(data.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, type: e.type } })));
  const cy = cytoscape({
    container: box, elements,
    style: [
      // The server's positions span 1,000 units, drawn at about half size: names and dots are
      // sized in those units so that they read at the page's zoom.
      { selector: "node", style: { label: "data(shown)", "font-size": big ? 16 : 9,
        "text-background-color": "#ffffff", "text-background-opacity": big ? 0.7 : 0,
        width: big ? "mapData(degree, 0, 60, 7, 44)" : "mapData(degree, 0, 60, 5, 28)",
        height: big ? "mapData(degree, 0, 60, 7, 44)" : "mapData(degree, 0, 60, 5, 28)" } },
      { selector: "node[type = 'organization']", style: { "background-color": "#0b5cad" } },
      { selector: "node[type = 'person']", style: { "background-color": "#e07b00" } },
      { selector: "edge", style: { width: big ? 0.5 : 1, "line-color": "#b8c4d0", opacity: big ? 0.35 : 1 } },
      { selector: "edge[type = 'role']", style: { "line-color": "#6a7f94" } },
    ],
    // A large network comes with the positions the server worked out (a force layout in the
    // browser took half a minute at 2,000 nodes); a small one is laid out here with cose.
    layout: big ? { name: "preset", fit: true, padding: 10 }
                : { name: "cose", animate: false, randomize: true, numIter: 1000, nodeRepulsion: () => 400000, idealEdgeLength: () => 32 },
    textureOnViewport: big, hideEdgesOnViewport: big,
  });
  window.reseauGraph = cy;
  cy.on("tap", "node", ev => {
    const id = ev.target.id();
    window.location.href = (id[0] === "o" ? "/organisations/" : "/personnes/") + id.slice(1);
  });
})();
