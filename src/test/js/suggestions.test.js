'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { openPage, report, finding, CLASSIC_COMMENT_FORM } = require('./support/jira-page');

const REPLY = 'I understand your frustration, but the parcel was sent.';

function noButReport() {
    const but = REPLY.indexOf(', but');
    return report({
        findings: [
            finding(REPLY, { rule: 'no-but', excerpt: ', but', suggestion: { replace: '. ', insert: null, start: but, end: but + 6 } }),
            finding(REPLY, {
                rule: 'open-question', severity: 'warning', start: REPLY.length, end: REPLY.length, excerpt: '',
                suggestion: { replace: null, insert: ' What can I do for you?', start: REPLY.length, end: REPLY.length }
            })
        ]
    });
}

async function checked() {
    const page = await openPage({ body: CLASSIC_COMMENT_FORM });
    const textarea = page.document.getElementById('comment');
    const inputs = [];
    // Jira's own listeners (mentions, autosize) must see suggestion edits like typing.
    textarea.addEventListener('input', () => inputs.push(textarea.value));
    await page.typeAndCheck(textarea, REPLY, noButReport());
    inputs.length = 0;
    const panel = page.panelOf(textarea);
    return { page, textarea, panel, inputs, button: (rule) => panel.querySelector(`[data-rule="${rule}"] .reply-coach-apply`) };
}

test('a replace suggestion edits the reply, fires input and offers undo', async () => {
    const { page, textarea, panel, inputs, button } = await checked();
    assert.equal(button('no-but').textContent, 'Replace “, but ” with “. ”', 'says what goes and what comes');
    button('no-but').click();
    assert.equal(textarea.value, 'I understand your frustration. the parcel was sent.');
    assert.deepEqual(inputs, ['I understand your frustration. the parcel was sent.']);
    assert.equal(textarea.selectionStart, 'I understand your frustration. '.length, 'caret after the edit');
    const undo = panel.querySelector('.reply-coach-undo');
    assert.equal(undo.hidden, false);

    page.clock.tick(600);
    assert.equal(page.server.last('/check').body.text, 'I understand your frustration. the parcel was sent.', 'the edited reply is checked again');
});

test('undo restores the text from before the edit', async () => {
    const { textarea, panel, inputs, button } = await checked();
    button('no-but').click();
    panel.querySelector('.reply-coach-undo').click();
    assert.equal(textarea.value, REPLY);
    assert.equal(inputs[inputs.length - 1], REPLY);
    assert.equal(panel.querySelector('.reply-coach-undo').hidden, true);
});

test('an insert suggestion adds text at its position', async () => {
    const { textarea, button } = await checked();
    assert.equal(button('open-question').textContent, 'Add “What can I do for you?”', 'the joining space is not quoted');
    button('open-question').click();
    assert.equal(textarea.value, REPLY + ' What can I do for you?');
});

test('typing after an edit withdraws undo, so undo can never throw away later typing', async () => {
    const { page, textarea, panel, button } = await checked();
    button('open-question').click();
    page.type(textarea, textarea.value + ' Best, Ann');
    assert.equal(panel.querySelector('.reply-coach-undo').hidden, true);
    panel.querySelector('.reply-coach-undo').click();
    assert.equal(textarea.value, REPLY + ' What can I do for you? Best, Ann');
});

test('text typed after the span keeps the suggestion valid', async () => {
    const { page, textarea, button } = await checked();
    page.type(textarea, REPLY + ' Ann');
    button('no-but').click();
    assert.equal(textarea.value, 'I understand your frustration. the parcel was sent. Ann');
});

test('a suggestion is not applied once the text before it changed, and a recheck starts at once', async () => {
    const { page, textarea, button } = await checked();
    const changed = 'Hi! ' + REPLY;
    page.type(textarea, changed);
    const before = page.server.to('/check').length;
    button('no-but').click();
    assert.equal(textarea.value, changed, 'the agent’s text is untouched');
    assert.equal(button('no-but').disabled, true);
    assert.equal(button('no-but').textContent, 'The reply has changed – wait for the next check');
    assert.equal(page.server.to('/check').length, before + 1);
    assert.equal(page.server.last('/check').body.text, changed);
});

test('"Not helpful" posts feedback for that rule and draft, then thanks the agent', async () => {
    const { page, panel } = await checked();
    const draftId = page.server.last('/check').body.draftId;
    panel.querySelector('[data-rule="no-but"] .reply-coach-not-helpful').click();
    const vote = page.server.last('/feedback');
    assert.equal(vote.url, '/jira/rest/reply-coach/1.0/feedback');
    assert.deepEqual(vote.body, { rule: 'no-but', draftId, issueKey: 'SD-7' });
    vote.respond(204);
    await page.settle();
    assert.equal(panel.querySelector('[data-rule="no-but"] .reply-coach-thanks').textContent, 'Thanks – noted.');
    assert.equal(panel.querySelector('[data-rule="no-but"] .reply-coach-not-helpful'), null);
});

test('a failed vote leaves the link to try again', async () => {
    const { page, panel } = await checked();
    const link = panel.querySelector('[data-rule="open-question"] .reply-coach-not-helpful');
    link.click();
    assert.equal(link.disabled, true, 'no double votes while the first is on its way');
    page.server.last('/feedback').respond(500, { error: 'store down' });
    await page.settle();
    assert.equal(link.disabled, false);
    assert.equal(panel.querySelector('.reply-coach-thanks'), null);
});

test('applyTo works on UTF-16 offsets (emoji before the span)', async () => {
    const page = await openPage({ body: '' });
    const { applyTo } = page.amd.load('dk/replycoach/panel/suggestion-edit');
    const text = 'Hej 😀, men nej.';
    const start = text.indexOf(', men');
    const edited = applyTo(text, text, { replace: '. ', insert: null, start, end: start + 6 });
    assert.equal(edited.text, 'Hej 😀. nej.');
    assert.equal(edited.caret, start + 2);
    assert.equal(applyTo(text, text, { replace: 'x', start: 3, end: 99 }), null, 'span outside the text');
    assert.equal(applyTo(text, text, { replace: null, insert: null, start: 1, end: 1 }), null, 'nothing to put in');
});
