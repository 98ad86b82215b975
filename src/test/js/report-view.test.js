'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { openPage, report, finding, CLASSIC_COMMENT_FORM } = require('./support/jira-page');

const REPLY = 'We are understaffed. I understand your frustration, but the parcel was sent. Obviously you should have read the terms.';

function escalatingReport() {
    return report({
        score: 34,
        steps: { acknowledge: true, noBut: false, briefInformation: true, openQuestion: false },
        findings: [
            finding(REPLY, { rule: 'thank-opener', severity: 'info', excerpt: 'We', message: 'Open with thanks.' }),
            finding(REPLY, { rule: 'no-but', severity: 'warning', excerpt: 'but', message: '“but” takes it back.',
                guidance: 'Pause after the acknowledgement.' }),
            finding(REPLY, { rule: 'blame-customer', severity: 'block', excerpt: 'you should have', message: 'You point at the customer.' }),
            finding(REPLY, { rule: 'excuse', severity: 'warning', excerpt: 'We are understaffed', message: 'An excuse.' })
        ]
    });
}

async function checkedPanel(reportJson, text = REPLY) {
    const page = await openPage({ body: CLASSIC_COMMENT_FORM });
    const textarea = page.document.getElementById('comment');
    await page.typeAndCheck(textarea, text, reportJson);
    return { page, textarea, panel: page.panelOf(textarea) };
}

test('the panel shows the score and a live one-line summary', async () => {
    const { panel } = await checkedPanel(escalatingReport());
    assert.equal(panel.hidden, false);
    const score = panel.querySelector('.reply-coach-score');
    assert.equal(score.textContent, 'Score 34/100');
    assert.ok(score.classList.contains('aui-lozenge-error'), 'low score is red');
    const live = panel.querySelectorAll('[aria-live="polite"]');
    assert.equal(live.length, 1);
    assert.equal(live[0].textContent, 'Score 34 of 100. Findings: 4.');
});

test('the four steps are a checklist with done and missing marked', async () => {
    const { panel } = await checkedPanel(escalatingReport());
    const steps = Array.from(panel.querySelectorAll('.reply-coach-steps > li'));
    assert.deepEqual(steps.map((li) => li.getAttribute('data-step')), ['acknowledge', 'noBut', 'briefInformation', 'openQuestion']);
    assert.deepEqual(steps.map((li) => li.classList.contains('is-done')), [true, false, true, false]);
    assert.equal(steps[1].textContent, 'Missing:Pause – no “but”');
    assert.equal(steps[0].querySelector('.assistive').textContent, 'Done:');
});

test('findings are ordered block, warning, info, then by position in the reply', async () => {
    const { panel } = await checkedPanel(escalatingReport());
    const items = Array.from(panel.querySelectorAll('.reply-coach-findings > li'));
    assert.deepEqual(items.map((li) => li.getAttribute('data-rule')), ['blame-customer', 'excuse', 'no-but', 'thank-opener']);
    assert.deepEqual(items.map((li) => li.querySelector('.reply-coach-severity').textContent), ['Block', 'Warning', 'Warning', 'Info']);
    assert.ok(items[0].classList.contains('reply-coach-finding-block'));
});

test('a finding shows its excerpt highlighted in context, its message and guidance', async () => {
    const { panel } = await checkedPanel(escalatingReport());
    const noBut = panel.querySelector('[data-rule="no-but"]');
    assert.equal(noBut.querySelector('mark').textContent, 'but');
    assert.equal(noBut.querySelector('.reply-coach-excerpt').textContent,
        '…I understand your frustration, but the parcel was sent. Obviously you…');
    assert.equal(noBut.querySelector('.reply-coach-message').textContent, '“but” takes it back.');
    assert.equal(noBut.querySelector('.reply-coach-guidance').textContent, 'Pause after the acknowledgement.');
    const opener = panel.querySelector('[data-rule="thank-opener"] .reply-coach-excerpt');
    assert.ok(opener.textContent.startsWith('We are'), 'no ellipsis at the start of the reply');
});

test('an excerpt whose offsets do not fit the text is shown on its own', async () => {
    const text = 'Short reply.';
    const { panel } = await checkedPanel(report({
        findings: [{ rule: 'excuse', severity: 'warning', start: 40, end: 50, excerpt: 'elsewhere', message: 'm', guidance: 'g', suggestion: null }]
    }), text);
    assert.equal(panel.querySelector('.reply-coach-excerpt').textContent, 'elsewhere');
});

test('no findings: the checklist and a plain all-clear', async () => {
    const { panel } = await checkedPanel(report({ score: 95, steps: { acknowledge: true, noBut: true, briefInformation: true, openQuestion: true } }), 'Thanks! What can I do?');
    assert.equal(panel.querySelector('.reply-coach-summary').textContent, 'Score 95 of 100. Nothing to point out.');
    assert.equal(panel.querySelector('.reply-coach-none').textContent, 'Nothing to warn about.');
    assert.equal(panel.querySelector('.reply-coach-findings'), null);
    assert.ok(panel.querySelector('.reply-coach-score').classList.contains('aui-lozenge-success'));
});

test('truncated reports and an abusive customer are mentioned; style advice is shown', async () => {
    const { panel } = await checkedPanel(report({ truncated: true, customer: { angry: true, abusive: true } }));
    const notes = Array.from(panel.querySelectorAll('.reply-coach-note')).map((n) => n.textContent);
    assert.deepEqual(notes, ['Only the first part of the reply was checked.', 'The customer’s message is abusive. Do not answer the abuse.']);
    assert.equal(panel.querySelector('.reply-coach-style').textContent, 'Competing: the reply argues to win.');
});

test('the panel collapses and expands, with aria-expanded kept in step', async () => {
    const { panel } = await checkedPanel(escalatingReport());
    const toggle = panel.querySelector('.reply-coach-toggle');
    const body = panel.querySelector('.reply-coach-body');
    assert.equal(toggle.getAttribute('aria-controls'), body.id);
    assert.equal(toggle.getAttribute('aria-expanded'), 'true');
    toggle.click();
    assert.equal(toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(body.hidden, true);
    assert.equal(panel.querySelector('.reply-coach-summary').hidden, false, 'the summary stays visible when collapsed');
    toggle.click();
    assert.equal(body.hidden, false);
});

test('while a new check runs the previous report stays and the panel is marked busy', async () => {
    const { page, textarea, panel } = await checkedPanel(escalatingReport());
    page.type(textarea, REPLY + ' More.');
    page.clock.tick(600);
    assert.equal(panel.getAttribute('aria-busy'), 'true');
    assert.equal(panel.querySelectorAll('.reply-coach-findings > li').length, 4);
    // A second pause while the first answer is still out replaces that check, not the report.
    page.type(textarea, REPLY + ' More text.');
    page.clock.tick(600);
    assert.equal(panel.querySelectorAll('.reply-coach-findings > li').length, 4);
    assert.equal(panel.querySelector('.reply-coach-summary').textContent, 'Score 34 of 100. Findings: 4.');
    page.server.last('/check').respond(200, report({ score: 80 }));
    await page.settle();
    assert.equal(panel.getAttribute('aria-busy'), 'false');
    assert.equal(panel.querySelector('.reply-coach-score').textContent, 'Score 80/100');
});

test('the first check shows "Checking" until the answer arrives', async () => {
    const page = await openPage({ body: CLASSIC_COMMENT_FORM });
    const textarea = page.document.getElementById('comment');
    page.type(textarea, 'Hello');
    page.clock.tick(600);
    assert.equal(page.panelOf(textarea).querySelector('.reply-coach-summary').textContent, 'Checking the reply …');
});
