'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { openPage, report, CLASSIC_COMMENT_FORM } = require('./support/jira-page');

const TRANSITION_DIALOG = `
<div class="jira-dialog" id="workflow-transition-21-dialog">
  <form id="issue-workflow-transition" class="aui" action="/jira/secure/CommentAssignIssue.jspa" method="post">
    <input type="hidden" name="issueKey" value="SD-9">
    <textarea name="comment" class="textarea"></textarea>
    <input type="submit" class="aui-button" value="Resolve">
  </form>
</div>`;

const AGENT_VIEW_COLLAPSED = `
<a id="key-val" data-issue-key="SD-7" href="/jira/browse/SD-7">SD-7</a>
<div class="sd-comment-area">
  <textarea id="sd-comment-collapsed-textarea" placeholder="Reply to customer"></textarea>
</div>`;

const AGENT_VIEW_OPEN = `
<form id="sd-comment-form" action="#">
  <div><textarea id="comment" name="comment"></textarea></div>
  <button class="aui-button aui-button-primary">Share with customer</button>
  <button class="aui-button">Comment internally</button>
</form>`;

const RICH_TEXT_EDITOR = `
<a id="key-val" data-issue-key="SD-7" href="/jira/browse/SD-7">SD-7</a>
<form class="aui">
  <div class="jira-wikifield" field-id="comment">
    <div class="rte-container"><iframe title="Rich text area"></iframe></div>
    <textarea class="textarea long-field wiki-textfield" name="comment" id="comment"></textarea>
  </div>
</form>`;

function editorsModule(page) {
    return page.amd.load('dk/replycoach/panel/editors');
}

test('the classic issue-view comment editor gets a panel under its editor frame', async () => {
    const page = await openPage({ body: CLASSIC_COMMENT_FORM });
    const textarea = page.document.getElementById('comment');
    const panel = page.panelOf(textarea);
    assert.ok(panel, 'panel attached');
    assert.equal(panel.previousElementSibling.className, 'jira-wikifield', 'panel sits after the editor, not inside it');
    assert.equal(panel.hidden, true, 'nothing shown before the agent types');
    assert.equal(page.server.requests.length, 0, 'no request on page load');
});

test('every kind of comment editor is found, the collapsed agent-view box is not', async () => {
    const page = await openPage({
        body: CLASSIC_COMMENT_FORM + TRANSITION_DIALOG + RICH_TEXT_EDITOR.replace(' id="comment"', ' id="comment-rte"')
            + AGENT_VIEW_COLLAPSED + AGENT_VIEW_OPEN.replace(' id="comment"', ' id="comment-agent"')
    });
    const found = editorsModule(page).find(page.document);
    const describe = (t) => t.id || t.getAttribute('name');
    assert.deepEqual(found.map(describe).sort(), ['comment', 'comment', 'comment-agent', 'comment-rte']);
    assert.ok(found.every((t) => t.id !== 'sd-comment-collapsed-textarea'));
    assert.equal(page.document.querySelectorAll('.reply-coach-panel').length, 4);
});

test('a transition dialog announced with NEW_CONTENT_ADDED gets a panel that checks', async () => {
    const page = await openPage({ body: '<p>issue view without a comment form</p>' });
    const [dialog] = page.add(TRANSITION_DIALOG);
    const textarea = dialog.querySelector('textarea');
    assert.equal(page.panelOf(textarea), null, 'with Jira events present the DOM is not watched: nothing until announced');

    page.events.trigger('newContentAdded', [page.$(dialog), 'dialogReady']);
    assert.ok(page.panelOf(textarea), 'attached after NEW_CONTENT_ADDED');

    page.type(textarea, 'Thanks for writing.');
    page.clock.tick(600);
    const request = page.server.last('/check');
    assert.equal(request.body.issueKey, 'SD-9', 'issue key from the dialog form');
    assert.equal(request.body.text, 'Thanks for writing.');
});

test('an editor announced twice gets one panel', async () => {
    const page = await openPage({ body: CLASSIC_COMMENT_FORM });
    page.events.trigger('newContentAdded', [page.$(page.document.body), 'panelRefreshed']);
    page.events.trigger('newContentAdded', [page.$(page.document.getElementById('addcomment')), 'panelRefreshed']);
    assert.equal(page.document.querySelectorAll('.reply-coach-panel').length, 1);
});

test('after ISSUE_REFRESHED the re-rendered comment form gets its own panel', async () => {
    const page = await openPage({ body: CLASSIC_COMMENT_FORM });
    page.document.getElementById('addcomment').remove();
    const [fresh] = page.add(CLASSIC_COMMENT_FORM.replace(/<a id="key-val"[^]*?<\/a>/, ''));
    const textarea = page.document.getElementById('comment');
    assert.ok(fresh.contains(textarea) || page.document.getElementById('addcomment').contains(textarea));
    page.events.trigger('issueRefreshed', ['SD-7']);
    assert.ok(page.panelOf(textarea));
    assert.equal(page.document.querySelectorAll('.reply-coach-panel').length, 1);
});

test('without Jira event modules, editors added later are found by watching the DOM', async () => {
    const page = await openPage({ body: '<main id="content"></main>', jiraEvents: false });
    const [dialog] = page.add(TRANSITION_DIALOG, page.document.getElementById('content'));
    await page.settle();
    const textarea = dialog.querySelector('textarea');
    assert.ok(page.panelOf(textarea), 'attached by the MutationObserver fallback');
});

test('the JSM agent view: the editor opened from the collapsed box is found without any event', async () => {
    const page = await openPage({ body: AGENT_VIEW_COLLAPSED });
    const collapsed = page.document.getElementById('sd-comment-collapsed-textarea');
    assert.equal(page.panelOf(collapsed), null, 'the placeholder box is not an editor');

    collapsed.focus();
    // JSM swaps the box for the real editor (asynchronously, and announces nothing we rely on).
    const area = page.document.querySelector('.sd-comment-area');
    area.removeChild(collapsed);
    const [form] = page.add(AGENT_VIEW_OPEN, area);
    await page.settle();
    const textarea = form.querySelector('#comment');
    assert.ok(page.panelOf(textarea), 'opened editor attached');

    page.type(textarea, 'Thank you for your patience.');
    page.clock.tick(600);
    assert.equal(page.server.last('/check').body.issueKey, 'SD-7');
});

test('the rich-text editor text-mode textarea is checked', async () => {
    const page = await openPage({ body: RICH_TEXT_EDITOR });
    const textarea = page.document.getElementById('comment');
    const panel = page.panelOf(textarea);
    assert.ok(panel);
    await page.typeAndCheck(textarea, 'Hello, what can I do?', report());
    assert.equal(panel.hidden, false);
});

test('a page without any comment editor: starting, events and typing elsewhere break nothing', async () => {
    const page = await openPage({ body: '<form><textarea name="description"></textarea><input name="summary"></form>' });
    const description = page.document.querySelector('textarea');
    page.events.trigger('newContentAdded', [page.$(page.document.body), 'pageLoad']);
    page.events.trigger('newContentAdded', [undefined, 'pageLoad']);
    page.events.trigger('issueRefreshed', []);
    page.type(description, 'not a comment');
    page.clock.tick(2000);
    page.document.querySelector('form').dispatchEvent(new page.window.Event('submit', { cancelable: true, bubbles: true }));
    assert.equal(page.document.querySelectorAll('.reply-coach-panel').length, 0);
    assert.equal(page.server.requests.length, 0);
    assert.deepEqual(editorsModule(page).find(page.document), []);
});

test('the panel starts from the web-resource bootstrap once the page is ready', async () => {
    const page = await openPage({ body: CLASSIC_COMMENT_FORM });
    // openPage only evaluates the files and lets the page finish loading; the panel must have
    // started itself through require([...]) and jQuery's ready.
    assert.ok(page.panelOf(page.document.getElementById('comment')));
});
