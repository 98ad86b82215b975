'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { openPage, report, finding, settle, CLASSIC_COMMENT_FORM } = require('./support/jira-page');

const BLOCKED = 'This is damn ridiculous, I understand.';
const FINE = 'Thanks for writing. What can I do for you?';

function blockReport(text = BLOCKED) {
    return report({
        score: 20,
        findings: [
            finding(text, { rule: 'acknowledge', severity: 'warning', excerpt: 'This', message: 'Acknowledge first.' }),
            finding(text, { rule: 'profanity', severity: 'block', excerpt: 'damn', message: 'Swearing in the reply.', guidance: 'Never swear at a customer.' })
        ]
    });
}

function warningReport(text = FINE) {
    return report({ findings: [finding(text, { rule: 'thank-opener', severity: 'warning', excerpt: 'Thanks' })] });
}

/** A comment form whose submission Jira handles itself (AJAX), recording what was sent. */
async function commentPage(options = {}) {
    const page = await openPage(Object.assign({ body: CLASSIC_COMMENT_FORM }, options));
    const textarea = page.document.getElementById('comment');
    const form = textarea.form;
    const sent = [];
    page.$(form).on('submit', (e) => {
        e.preventDefault();
        sent.push(textarea.value);
    });
    return {
        page,
        textarea,
        form,
        sent,
        submitButton: page.document.getElementById('issue-comment-add-submit'),
        dialog: () => page.openDialog(),
        button: (cls) => page.openDialog() && page.openDialog().element.querySelector(cls)
    };
}

test('a reply without block findings is sent straight away', async () => {
    const c = await commentPage();
    await c.page.typeAndCheck(c.textarea, FINE, warningReport());
    c.submitButton.click();
    assert.deepEqual(c.sent, [FINE]);
    assert.equal(c.dialog(), null);
});

test('a block finding stops the send and lists only the blocking findings', async () => {
    const c = await commentPage();
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    assert.deepEqual(c.sent, [], 'Jira never saw the submit');
    const dialog = c.dialog();
    assert.ok(dialog, 'gate dialog open');
    assert.equal(dialog.element.hidden, false);
    assert.equal(dialog.element.getAttribute('aria-hidden'), 'false');
    assert.equal(dialog.element.getAttribute('role'), 'dialog');
    assert.equal(dialog.element.getAttribute('aria-labelledby'), dialog.element.querySelector('h2').id);
    const items = Array.from(dialog.element.querySelectorAll('.reply-coach-gate-finding'));
    assert.deepEqual(items.map((li) => li.getAttribute('data-rule')), ['profanity']);
    assert.equal(items[0].querySelector('mark').textContent, 'damn');
    assert.equal(items[0].querySelector('.reply-coach-message').textContent, 'Swearing in the reply.');
    assert.equal(items[0].querySelector('.reply-coach-guidance').textContent, 'Never swear at a customer.');
    assert.equal(c.textarea.value, BLOCKED, 'the agent’s text is untouched');
});

test('"Edit reply" is the focused default and takes the agent back to the blocked words', async () => {
    const c = await commentPage();
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    const edit = c.button('.reply-coach-gate-edit');
    assert.equal(edit.textContent, 'Edit reply');
    assert.ok(edit.classList.contains('aui-button-primary'));
    assert.equal(c.page.document.activeElement, edit);

    edit.click();
    assert.equal(c.dialog(), null);
    assert.equal(c.page.document.activeElement, c.textarea);
    assert.equal(c.textarea.value.slice(c.textarea.selectionStart, c.textarea.selectionEnd), 'damn');
    assert.deepEqual(c.sent, []);

    c.submitButton.click();
    assert.ok(c.dialog(), 'the gate holds on the next try too');
});

test('closing the dialog any other way (Escape, blanket) also means edit', async () => {
    const c = await commentPage();
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    c.dialog().hide();
    assert.equal(c.dialog(), null);
    assert.deepEqual(c.sent, []);
    assert.equal(c.page.server.to('/override').length, 0);
    assert.equal(c.page.document.activeElement, c.textarea);
});

test('"Send anyway" asks for a reason and will not send without one', async () => {
    const c = await commentPage();
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    const send = c.button('.reply-coach-gate-send');
    assert.equal(send.textContent, 'Send anyway');
    const reasons = c.button('.reply-coach-gate-reason');
    assert.equal(reasons.hidden, true);

    send.click();
    assert.equal(reasons.hidden, false);
    assert.equal(send.textContent, 'Send with this reason');
    assert.deepEqual(Array.from(reasons.querySelectorAll('input[type="radio"]')).map((r) => r.value),
        ['false-alarm', 'intended', 'customer-context', 'urgent', 'other']);

    send.click();
    assert.equal(c.button('.reply-coach-gate-error').textContent, 'Choose a reason.');
    assert.equal(c.page.server.to('/override').length, 0);
    assert.deepEqual(c.sent, []);
    assert.ok(c.dialog());
});

test('with a reason the override is recorded first, then the reply goes out unchanged', async () => {
    const c = await commentPage();
    const check = await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    c.button('.reply-coach-gate-send').click();
    c.button('input[value="intended"]').click();
    c.button('.reply-coach-gate-note').value = '  The customer wrote it first.  ';
    c.button('.reply-coach-gate-send').click();

    const override = c.page.server.last('/override');
    assert.equal(override.url, '/jira/rest/reply-coach/1.0/override');
    assert.deepEqual(override.body, {
        draftId: check.body.draftId,
        issueKey: 'SD-7',
        rules: ['profanity'],
        reason: 'intended',
        note: 'The customer wrote it first.'
    });
    assert.deepEqual(c.sent, [], 'not sent before the override is recorded');

    override.respond(204);
    await settle();
    assert.deepEqual(c.sent, [BLOCKED]);
    assert.equal(c.dialog(), null);
});

test('the override note is at most 200 characters and left out when empty', async () => {
    const c = await commentPage();
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    c.button('.reply-coach-gate-send').click();
    const note = c.button('.reply-coach-gate-note');
    assert.equal(note.getAttribute('maxlength'), '200');
    note.value = 'n'.repeat(250);
    c.button('input[value="other"]').click();
    c.button('.reply-coach-gate-send').click();
    assert.equal(c.page.server.last('/override').body.note.length, 200);
    c.page.server.last('/override').respond(204);
    await settle();

    await c.page.typeAndCheck(c.textarea, BLOCKED + ' ', blockReport(BLOCKED + ' '));
    c.submitButton.click();
    c.button('.reply-coach-gate-send').click();
    c.button('input[value="false-alarm"]').click();
    c.button('.reply-coach-gate-send').click();
    assert.equal('note' in c.page.server.last('/override').body, false);
});

test('a failed override record does not keep the agent’s reply hostage', async () => {
    const c = await commentPage();
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    c.button('.reply-coach-gate-send').click();
    c.button('input[value="false-alarm"]').click();
    c.button('.reply-coach-gate-send').click();
    c.page.server.last('/override').respond(500, { error: 'store down' });
    await settle();
    assert.deepEqual(c.sent, [BLOCKED]);
});

test('hard gate mode from WRM data: no "Send anyway", only "Edit reply"', async () => {
    const c = await commentPage({ gateMode: 'hard' });
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    assert.ok(c.dialog());
    assert.equal(c.button('.reply-coach-gate-send'), null);
    assert.equal(c.button('.reply-coach-gate-reason'), null);
    assert.equal(c.button('.reply-coach-gate-hard').textContent,
        'Your Jira administrator requires this to be fixed before the reply is sent.');
    c.button('.reply-coach-gate-edit').click();
    assert.deepEqual(c.sent, []);
    assert.equal(c.textarea.value, BLOCKED);
});

test('hard gate mode from a data attribute on the page', async () => {
    const c = await commentPage({ body: `<div data-reply-coach-gate="hard">${CLASSIC_COMMENT_FORM}</div>` });
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    assert.ok(c.dialog());
    assert.equal(c.button('.reply-coach-gate-send'), null);
});

test('gate mode off lets a reply with a block finding go straight out', async () => {
    const c = await commentPage({ gateMode: 'off' });
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    await settle();
    assert.equal(c.dialog(), null);
    assert.deepEqual(c.sent, [BLOCKED]);
});

test('the gate is soft by default and for unknown mode values', async () => {
    const c = await commentPage({ gateMode: 'HARD-ish' });
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    assert.ok(c.button('.reply-coach-gate-send'));
});

test('sending before the check answered: the exact text is checked first, then gated', async () => {
    const c = await commentPage();
    c.page.type(c.textarea, BLOCKED);
    c.submitButton.click();
    assert.deepEqual(c.sent, []);
    const request = c.page.server.last('/check');
    assert.ok(request, 'checked at once, without waiting for the pause');
    assert.equal(request.body.text, BLOCKED);
    request.respond(200, blockReport());
    await settle();
    assert.ok(c.dialog());
    assert.deepEqual(c.sent, []);
});

test('sending before the check answered: a clean answer lets the reply go', async () => {
    const c = await commentPage();
    c.page.type(c.textarea, FINE);
    c.submitButton.click();
    c.page.server.last('/check').respond(200, warningReport());
    await settle();
    assert.deepEqual(c.sent, [FINE]);
    assert.equal(c.dialog(), null);
});

test('a reply edited after a block is checked again at send time', async () => {
    const c = await commentPage();
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.page.type(c.textarea, FINE);
    c.submitButton.click();
    assert.equal(c.dialog(), null, 'the old block does not apply to new text');
    c.page.server.last('/check').respond(200, warningReport());
    await settle();
    assert.deepEqual(c.sent, [FINE]);
});

test('text typed while the send waits for its check is checked before anything goes out', async () => {
    const c = await commentPage();
    c.page.type(c.textarea, FINE);
    c.submitButton.click();
    const first = c.page.server.last('/check');
    c.page.type(c.textarea, BLOCKED);
    c.page.clock.tick(600);
    await settle();
    assert.equal(first.signal.aborted, true);
    assert.deepEqual(c.sent, [], 'the aborted check for the old text does not release the send');
    const second = c.page.server.last('/check');
    assert.equal(second.body.text, BLOCKED);
    second.respond(200, blockReport());
    await settle();
    assert.ok(c.dialog());
    assert.deepEqual(c.sent, []);
});

test('if the check fails at send time the reply goes (the server-side validator still applies)', async () => {
    const c = await commentPage();
    c.page.type(c.textarea, BLOCKED);
    c.submitButton.click();
    c.page.server.last('/check').respond(500, { error: 'failed' });
    await settle();
    assert.deepEqual(c.sent, [BLOCKED]);
});

test('a busy node at send time is asked again, and its block still stops the reply', async () => {
    const c = await commentPage();
    c.page.type(c.textarea, BLOCKED);
    c.submitButton.click();
    c.page.server.last('/check').respond(503, { error: 'busy' }, { 'Retry-After': '1' });
    await settle();
    assert.deepEqual(c.sent, []);
    c.page.clock.tick(1500);
    await settle();
    assert.equal(c.page.server.to('/check').length, 2);
    c.page.server.last('/check').respond(200, blockReport());
    await settle();
    assert.deepEqual(c.sent, []);
    assert.ok(c.dialog(), 'the gate dialog opens for the block');
});

test('a node that stays busy holds a send 4 s at most; then the reply goes and a late block is ignored', async () => {
    const c = await commentPage();
    c.page.type(c.textarea, BLOCKED);
    c.submitButton.click();
    c.page.server.last('/check').respond(503, { error: 'busy' }, { 'Retry-After': '3' });
    await settle();
    c.page.clock.tick(3999);
    await settle();
    assert.deepEqual(c.sent, [], 'still deciding');
    c.page.clock.tick(1);
    await settle();
    assert.deepEqual(c.sent, [BLOCKED], 'sent when the time is up');
    c.page.clock.tick(1000);
    await settle();
    const late = c.page.server.last('/check');
    if (!late.answered && !late.aborted) {
        late.respond(200, blockReport());
        await settle();
    }
    assert.equal(c.dialog(), null, 'no dialog after the reply went');
    assert.deepEqual(c.sent, [BLOCKED], 'sent once');
});

test('submitting the form without a click (Enter, requestSubmit) is gated and resumed the same way', async () => {
    const c = await commentPage();
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.form.requestSubmit();
    assert.deepEqual(c.sent, []);
    assert.ok(c.dialog());
    c.button('.reply-coach-gate-send').click();
    c.button('input[value="customer-context"]').click();
    c.button('.reply-coach-gate-send').click();
    c.page.server.last('/override').respond(204);
    await settle();
    assert.deepEqual(c.sent, [BLOCKED]);
});

test('Ctrl+Enter in the editor is gated; after "Send anyway" Jira receives the keystroke', async () => {
    const c = await commentPage();
    const keys = [];
    c.page.$(c.textarea).on('keydown', (e) => {
        if (e.ctrlKey && e.key === 'Enter') {
            keys.push(c.textarea.value);
        }
    });
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    const event = new c.page.window.KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    c.textarea.dispatchEvent(event);
    assert.equal(event.defaultPrevented, true);
    assert.deepEqual(keys, []);
    assert.ok(c.dialog());
    c.button('.reply-coach-gate-send').click();
    c.button('input[value="other"]').click();
    c.button('.reply-coach-gate-send').click();
    c.page.server.last('/override').respond(204);
    await settle();
    assert.deepEqual(keys, [BLOCKED]);
});

test('while the dialog is open further sends are held, and only one dialog opens', async () => {
    const c = await commentPage();
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.submitButton.click();
    c.submitButton.click();
    c.form.requestSubmit();
    assert.equal(c.page.dialogs.filter((d) => d.visible).length, 1);
    assert.deepEqual(c.sent, []);
});

const AGENT_VIEW = `
<a id="key-val" data-issue-key="SD-7">SD-7</a>
<form id="sd-comment-form" action="#">
  <textarea id="comment" name="comment"></textarea>
  <button class="aui-button aui-button-primary" id="share">Share with customer</button>
  <button class="aui-button" id="internal">Comment internally</button>
</form>`;

test('JSM agent view: "Comment internally" is a note and passes; sharing with the customer is gated', async () => {
    const c = await commentPage({ body: AGENT_VIEW });
    const clicked = [];
    // JSM may handle its buttons in click handlers rather than on the form.
    c.page.$('#share, #internal').on('click', (e) => clicked.push(e.currentTarget.id));
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.page.document.getElementById('internal').click();
    assert.deepEqual(c.sent, [BLOCKED], 'internal note sent without the gate');
    assert.deepEqual(clicked, ['internal']);
    assert.equal(c.dialog(), null);

    c.page.document.getElementById('share').click();
    assert.ok(c.dialog(), 'reply to the customer is gated');
    assert.deepEqual(clicked, ['internal'], 'JSM never saw the click on "Share with customer"');
    assert.equal(c.sent.length, 1);
});

test('other buttons in the form (cancel, editor toolbar) are not sends', async () => {
    const c = await commentPage({
        body: CLASSIC_COMMENT_FORM.replace('<textarea', '<button type="button" class="wiki-toolbar-bold">B</button><textarea')
    });
    await c.page.typeAndCheck(c.textarea, BLOCKED, blockReport());
    c.page.document.querySelector('.cancel').click();
    c.page.document.querySelector('.wiki-toolbar-bold').click();
    assert.equal(c.dialog(), null);
});
