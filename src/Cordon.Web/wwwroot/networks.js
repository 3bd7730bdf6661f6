// Draws the network group embedded in the page (#graph-data) with cytoscape; a click on a record opens it.
(function () {
  var container = document.getElementById('graph');
  var data = document.getElementById('graph-data');
  if (!container || !data || typeof cytoscape !== 'function') { return; }
  var cy = cytoscape({
    container: container,
    elements: JSON.parse(data.textContent),
    layout: { name: 'cose', animate: false, padding: 30 },
    minZoom: 0.2,
    maxZoom: 1.5,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'background-color': '#1f4fb8', 'color': '#1d2330', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4 } },
      { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 9, 'color': '#566074', 'curve-style': 'bezier', 'width': 'mapData(strength, 1, 3, 1, 4)', 'line-color': '#9aa3b2', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: 'node:selected', style: { 'background-color': '#a4001d' } }
    ]
  });
  cy.on('tap', 'node', function (event) {
    window.location.href = '/Applications/Record/' + encodeURIComponent(event.target.id());
  });
})();
