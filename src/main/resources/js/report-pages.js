/*
 * Reply Coach report pages (team report, agent report, My coaching). The pages are complete without
 * this script; it adds two conveniences: sorting the agents table by a column, and a check that the
 * period form's end date is not before its start date. It never builds markup from text: messages go
 * in with textContent, and sorting only moves the existing rows.
 */
(function () {
    'use strict';

    var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

    function text(root, name) {
        return root.getAttribute('data-text-' + name) || name;
    }

    /** A cell's sort key: the plain number in data-value, or its text; empty sorts last. */
    function key(row, column, numeric) {
        var cell = row.cells[column];
        var raw = cell ? cell.getAttribute('data-value') || '' : '';
        if (!numeric) {
            return raw.toLocaleLowerCase();
        }
        return raw === '' ? null : Number(raw);
    }

    function compare(a, b, descending) {
        if (a === b) {
            return 0;
        }
        if (a === null) {
            return 1;
        }
        if (b === null) {
            return -1;
        }
        var order = a < b ? -1 : 1;
        return descending ? -order : order;
    }

    function sortTable(table, button) {
        var column = Number(button.getAttribute('data-column'));
        var numeric = button.getAttribute('data-numeric') === 'true';
        // Numbers sort largest first on the first choice, names A to Z; choosing again reverses.
        var descending = button.getAttribute('aria-sort') ? button.getAttribute('aria-sort') === 'ascending' : numeric;
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
            return compare(key(a, column, numeric), key(b, column, numeric), descending);
        });
        rows.forEach(function (row) {
            body.appendChild(row);
        });
        Array.prototype.forEach.call(table.querySelectorAll('button.rc-sort'), function (b) {
            b.removeAttribute('aria-sort');
        });
        button.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    }

    function checkForm(root, form, event) {
        var from = form.querySelector('[name="from"]');
        var to = form.querySelector('[name="to"]');
        var message = form.querySelector('#rc-form-message');
        var problem = '';
        if ((from.value && !ISO_DATE.test(from.value)) || (to.value && !ISO_DATE.test(to.value))) {
            problem = text(root, 'date');
        } else if (from.value && to.value && from.value > to.value) {
            problem = text(root, 'order');
        }
        message.textContent = problem;
        if (problem) {
            event.preventDefault();
        }
    }

    function init() {
        var root = document.getElementById('reply-coach-report');
        if (!root) {
            return;
        }
        var table = root.querySelector('#rc-agents');
        if (table) {
            Array.prototype.forEach.call(table.querySelectorAll('button.rc-sort'), function (button) {
                button.addEventListener('click', function () {
                    sortTable(table, button);
                });
            });
        }
        var form = root.querySelector('#rc-filter');
        if (form) {
            form.addEventListener('submit', function (event) {
                checkForm(root, form, event);
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
