// Lets every data table reflow into one card per row on a phone (cordon.css, under 600 px): each cell is given the
// heading of its column to show beside it, and explicit table roles, which assistive technology would otherwise drop
// once the cells no longer display as a table. Without this script the table stays a table, scrolling in its box.
(function () {
  'use strict';
  function label(table) {
    var headRow = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!headRow) { return; }
    var names = [];
    Array.prototype.forEach.call(headRow.cells, function (cell) {
      var span = cell.colSpan || 1;
      for (var i = 0; i < span; i++) { names.push(cell.textContent.trim()); }
    });
    table.setAttribute('role', 'table');
    Array.prototype.forEach.call(table.querySelectorAll('thead, tbody, tfoot'), function (group) { group.setAttribute('role', 'rowgroup'); });
    Array.prototype.forEach.call(table.rows, function (row) {
      row.setAttribute('role', 'row');
      var column = 0;
      Array.prototype.forEach.call(row.cells, function (cell) {
        var isHeading = cell.tagName === 'TH';
        cell.setAttribute('role', isHeading ? (cell.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader') : 'cell');
        if (!isHeading || cell.getAttribute('scope') === 'row') { cell.setAttribute('data-label', names[column] || ''); }
        column += cell.colSpan || 1;
      });
    });
    table.classList.add('reflow');
  }
  Array.prototype.forEach.call(document.querySelectorAll('main table'), label);

})();
