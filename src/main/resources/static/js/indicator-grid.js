// Pasting spreadsheet rows into the indicator value grid (templates/indicators/grid.html).
//
// Text copied from Excel arrives tab-separated, a line per row. Pasted into a figure box it fills that
// month and the open months after it in the same row (locked months have no box and are skipped; a blank
// cell leaves its month blank); each further line fills the next indicator down, in a row of the same
// kind where it has one (numerator, denominator), else in its main row (value, or numerator for a
// percentage or rate). In a numerator row each cell is either "12/30" (numerator/denominator) or, when no
// cell has a slash, the cells pair up: numerator, denominator, numerator, denominator...
// A single figure pastes as usual. Without JavaScript the grid is a plain form.
(function () {
    'use strict';

    var grid = document.querySelector('[data-value-grid]');
    if (!grid) {
        return;
    }
    var status = document.getElementById('paste-status');

    function boxes(group, line, fromMonth) {
        var found = group.querySelectorAll('input[data-grid-line="' + line + '"]');
        return Array.prototype.filter.call(found, function (box) {
            return box.getAttribute('data-grid-month') >= fromMonth;
        });
    }

    function box(group, line, month) {
        return group.querySelector('input[data-grid-line="' + line + '"][data-grid-month="' + month + '"]');
    }

    function put(input, text) {
        if (!input) {
            return 0;
        }
        input.value = text.trim();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return 1;
    }

    function nextGroup(group) {
        var next = group.nextElementSibling;
        while (next && next.tagName !== 'TBODY') {
            next = next.nextElementSibling;
        }
        return next;
    }

    function mainLine(group) {
        return group.getAttribute('data-ratio') === 'true' ? 'NUMERATOR' : 'VALUE';
    }

    // Numerator and denominator pairs from the cells of one pasted row.
    function pairs(cells) {
        var slashed = cells.some(function (cell) { return cell.indexOf('/') >= 0; });
        var result = [];
        if (slashed) {
            cells.forEach(function (cell) {
                var parts = cell.split('/');
                result.push([parts[0] || '', parts.length > 1 ? parts.slice(1).join('/') : '']);
            });
        } else {
            for (var i = 0; i < cells.length; i += 2) {
                result.push([cells[i], i + 1 < cells.length ? cells[i + 1] : '']);
            }
        }
        return result;
    }

    function fill(group, line, fromMonth, cells) {
        var targets = boxes(group, line, fromMonth);
        var filled = 0;
        if (line === 'NUMERATOR') {
            pairs(cells).forEach(function (pair, i) {
                var numerator = targets[i];
                if (numerator) {
                    filled += put(numerator, pair[0]);
                    put(box(group, 'DENOMINATOR', numerator.getAttribute('data-grid-month')), pair[1]);
                }
            });
        } else {
            cells.forEach(function (cell, i) {
                filled += put(targets[i], cell);
            });
        }
        return filled;
    }

    grid.addEventListener('paste', function (event) {
        var input = event.target;
        var line = input && input.getAttribute && input.getAttribute('data-grid-line');
        if (!line || line === 'NOTE') {
            return;
        }
        var clipboard = event.clipboardData || window.clipboardData;
        var text = clipboard ? clipboard.getData('text') : '';
        text = (text || '').replace(/[\r\n]+$/, '');
        var several = /[\t\r\n]/.test(text);
        if (!several && !(line === 'NUMERATOR' && text.indexOf('/') >= 0)) {
            return;
        }
        event.preventDefault();
        var month = input.getAttribute('data-grid-month');
        var group = input.closest('tbody');
        var filled = 0;
        text.split(/\r\n|\r|\n/).forEach(function (row, i) {
            if (i > 0) {
                group = group && nextGroup(group);
            }
            if (!group) {
                return;
            }
            var kind = i === 0 || boxes(group, line, '').length > 0 ? line : mainLine(group);
            filled += fill(group, kind, month, row.split('\t'));
        });
        if (status) {
            status.textContent = 'Pasted ' + filled + (filled === 1 ? ' month.' : ' months.')
                + ' Nothing is saved until you select Save values.';
        }
    });
}());
