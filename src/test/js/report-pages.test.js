'use strict';
/*
 * The report pages' script (js/report-pages.js) in jsdom: sorting the agents table and checking the
 * period form. The page below has the structure templates/report/team.vm renders; the last test
 * checks that the template still has the hooks the script relies on.
 */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { JSDOM } = require('jsdom');

const RESOURCES = path.resolve(__dirname, '../../main/resources');
const SCRIPT = fs.readFileSync(path.join(RESOURCES, 'js/report-pages.js'), 'utf8');

function row(key, name, replies, score) {
    return `<tr data-agent="${key}"><td data-value="${name}"><a href="#">${name}</a></td>`
        + `<td class="rc-n" data-value="${replies}">${replies}</td><td class="rc-n" data-value="${score}">${score}</td></tr>`;
}

async function teamPage() {
    const html = `<!DOCTYPE html><html><body>
<section id="reply-coach-report" data-text-order="The end date is before the start date." data-text-date="Write dates as yyyy-MM-dd.">
<form id="rc-filter" method="get" action="/jira/plugins/servlet/reply-coach/report">
  <input type="text" name="from" value="2026-11-01"/><input type="text" name="to" value="2026-11-27"/>
  <div id="rc-form-message"></div>
</form>
<table id="rc-agents"><thead><tr>
  <th><button type="button" class="rc-sort" data-column="0">Agent</button></th>
  <th><button type="button" class="rc-sort" data-column="1" data-numeric="true">Replies</button></th>
  <th><button type="button" class="rc-sort" data-column="2" data-numeric="true">Average score</button></th>
</tr></thead><tbody>
${row('bob', 'Bob', 3, 40)}
${row('anna', '&lt;script&gt;alert(1)&lt;/script&gt;', 12, '')}
${row('carl', 'Carl', 7, 88.5)}
</tbody></table>
</section></body></html>`;
    const dom = new JSDOM(html, { runScripts: 'outside-only' });
    dom.window.eval(SCRIPT);
    // The script starts on DOMContentLoaded while the page is still loading, as in Jira.
    if (dom.window.document.readyState === 'loading') {
        await new Promise((resolve) => dom.window.document.addEventListener('DOMContentLoaded', resolve));
    }
    return dom.window;
}

const order = (window) => Array.from(window.document.querySelectorAll('#rc-agents tbody tr')).map((r) => r.getAttribute('data-agent'));
const click = (window, column) => window.document.querySelector(`button[data-column="${column}"]`).click();

test('numbers sort largest first, names A to Z, and a second choice reverses', async () => {
    const window = await teamPage();
    click(window, 1);
    assert.deepEqual(order(window), ['anna', 'carl', 'bob']);
    assert.equal(window.document.querySelector('button[data-column="1"]').getAttribute('aria-sort'), 'descending');
    click(window, 1);
    assert.deepEqual(order(window), ['bob', 'carl', 'anna']);
    click(window, 0);
    // By name: anna's name starts with "<", which sorts before letters.
    assert.deepEqual(order(window), ['anna', 'bob', 'carl']);
    assert.equal(window.document.querySelector('button[data-column="1"]').getAttribute('aria-sort'), null);
});

test('a figure without a value sorts last either way', async () => {
    const window = await teamPage();
    click(window, 2);
    assert.deepEqual(order(window), ['carl', 'bob', 'anna']);
    click(window, 2);
    assert.deepEqual(order(window), ['bob', 'carl', 'anna']);
});

test('sorting moves rows and never turns text into markup', async () => {
    const window = await teamPage();
    click(window, 0);
    click(window, 0);
    assert.equal(window.document.querySelectorAll('script').length, 0);
    assert.equal(window.document.querySelector('tr[data-agent="anna"] a').textContent, '<script>alert(1)</script>');
});

test('the form is not sent with an end before its start or a date that is not yyyy-MM-dd', async () => {
    const window = await teamPage();
    const form = window.document.getElementById('rc-filter');
    const message = window.document.getElementById('rc-form-message');
    const submit = () => {
        const event = new window.Event('submit', { cancelable: true });
        form.dispatchEvent(event);
        return event.defaultPrevented;
    };
    form.querySelector('[name="from"]').value = '2026-12-01';
    assert.equal(submit(), true);
    assert.equal(message.textContent, 'The end date is before the start date.');
    form.querySelector('[name="from"]').value = '1/11/2026';
    assert.equal(submit(), true);
    assert.equal(message.textContent, 'Write dates as yyyy-MM-dd.');
    form.querySelector('[name="from"]').value = '';
    assert.equal(submit(), false);
    assert.equal(message.textContent, '');
});

test('the templates have the hooks the script uses, and the script writes no markup', () => {
    for (const name of ['team.vm', 'agent.vm']) {
        const vm = fs.readFileSync(path.join(RESOURCES, 'templates/report', name), 'utf8');
        for (const hook of ['id="reply-coach-report"', 'data-text-${text.name}', 'id="rc-filter"', 'id="rc-form-message"',
            'name="from"', 'name="to"']) {
            assert.ok(vm.includes(hook), `${name}: ${hook}`);
        }
    }
    const team = fs.readFileSync(path.join(RESOURCES, 'templates/report/team.vm'), 'utf8');
    for (const hook of ['id="rc-agents"', 'class="rc-sort" data-column=', 'data-numeric="true"', 'data-value="$cell.value"']) {
        assert.ok(team.includes(hook), hook);
    }
    assert.doesNotMatch(SCRIPT, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
});
