'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { openPage, report, CLASSIC_COMMENT_FORM } = require('./support/jira-page');

async function classicPage(options) {
    const page = await openPage(Object.assign({ body: CLASSIC_COMMENT_FORM }, options));
    const textarea = page.document.getElementById('comment');
    return { page, textarea, panel: page.panelOf(textarea) };
}

test('typing is debounced: one check ~600 ms after the last keystroke, with the latest text', async () => {
    const { page, textarea } = await classicPage();
    page.type(textarea, 'H');
    page.clock.tick(300);
    page.type(textarea, 'Hi');
    page.clock.tick(300);
    page.type(textarea, 'Hi there');
    page.clock.tick(599);
    assert.equal(page.server.requests.length, 0, 'no check while the agent is typing');
    page.clock.tick(1);
    assert.equal(page.server.requests.length, 1);
    const request = page.server.requests[0];
    assert.equal(request.url, '/jira/rest/reply-coach/1.0/check');
    assert.equal(request.method, 'POST');
    assert.equal(request.headers['Content-Type'], 'application/json');
    assert.equal(request.body.text, 'Hi there');
    assert.equal(request.body.issueKey, 'SD-7');
    assert.equal(request.body.internal, false);
    assert.match(request.body.draftId, /\S{8,}/);
});

test('the same draft keeps its draft id across checks', async () => {
    const { page, textarea } = await classicPage();
    await page.typeAndCheck(textarea, 'First version.', report());
    await page.typeAndCheck(textarea, 'Second version.', report());
    const [a, b] = page.server.to('/check');
    assert.equal(a.body.draftId, b.body.draftId);
});

test('a newer check cancels the stale one and its late answer is never shown', async () => {
    const { page, textarea, panel } = await classicPage();
    page.type(textarea, 'Old text');
    page.clock.tick(600);
    const stale = page.server.last('/check');
    page.type(textarea, 'New text');
    page.clock.tick(600);
    const fresh = page.server.last('/check');
    assert.notEqual(stale, fresh);
    assert.equal(stale.signal.aborted, true, 'stale request aborted');
    assert.equal(fresh.signal.aborted, false);

    fresh.respond(200, report({ score: 91 }));
    await page.settle();
    stale.respond(200, report({ score: 12 }));
    await page.settle();
    assert.equal(panel.querySelector('.reply-coach-score').textContent, 'Score 91/100');
});

test('a stale answer arriving first is ignored too', async () => {
    const { page, textarea, panel } = await classicPage();
    page.type(textarea, 'Old text');
    page.clock.tick(600);
    const stale = page.server.last('/check');
    page.type(textarea, 'New text');
    // The old answer comes back while the new text waits for its pause.
    stale.respond(200, report({ score: 12 }));
    await page.settle();
    assert.equal(stale.signal.aborted, false);
    page.clock.tick(600);
    page.server.last('/check').respond(200, report({ score: 88 }));
    await page.settle();
    assert.equal(panel.querySelector('.reply-coach-score').textContent, 'Score 88/100');
    assert.equal(page.server.to('/check').length, 2);
});

test('without AbortController a stale answer arriving late is still ignored', async () => {
    const { page, textarea, panel } = await classicPage({ abortController: false });
    page.type(textarea, 'Old text');
    page.clock.tick(600);
    const stale = page.server.last('/check');
    assert.equal(stale.signal, undefined);
    page.type(textarea, 'New text');
    page.clock.tick(600);
    page.server.last('/check').respond(200, report({ score: 91 }));
    await page.settle();
    stale.respond(200, report({ score: 12 }));
    await page.settle();
    assert.equal(panel.querySelector('.reply-coach-score').textContent, 'Score 91/100');
});

test('unchanged text is not checked again', async () => {
    const { page, textarea } = await classicPage();
    await page.typeAndCheck(textarea, 'Same.', report());
    page.type(textarea, 'Same.');
    page.clock.tick(600);
    assert.equal(page.server.to('/check').length, 1);
});

test('an empty editor is not checked and hides the panel', async () => {
    const { page, textarea, panel } = await classicPage();
    await page.typeAndCheck(textarea, 'Something.', report());
    assert.equal(panel.hidden, false);
    page.type(textarea, '   ');
    page.clock.tick(600);
    assert.equal(page.server.to('/check').length, 1);
    assert.equal(panel.hidden, true);
});

test('a project out of scope ({enabled:false}) hides the panel and stops checking', async () => {
    const { page, textarea, panel } = await classicPage();
    await page.typeAndCheck(textarea, 'Hello.', { enabled: false });
    assert.equal(panel.hidden, true);
    page.type(textarea, 'Hello again.');
    page.clock.tick(5000);
    assert.equal(page.server.to('/check').length, 1);
});

test('errors show a calm message; 413 says the reply is too long', async () => {
    const { page, textarea, panel } = await classicPage();
    page.type(textarea, 'x'.repeat(10));
    page.clock.tick(600);
    page.server.last('/check').respond(413, { error: 'Request body too large' });
    await page.settle();
    assert.equal(panel.hidden, false);
    assert.equal(panel.querySelector('.reply-coach-summary').textContent, 'The reply is too long to be checked.');

    page.type(textarea, 'y'.repeat(10));
    page.clock.tick(600);
    page.server.last('/check').fail();
    await page.settle();
    assert.equal(panel.querySelector('.reply-coach-summary').textContent, 'Reply Coach cannot check the reply right now.');
});

test('a busy node (503) is asked again after Retry-After; meanwhile the last report stays', async () => {
    const { page, textarea, panel } = await classicPage();
    await page.typeAndCheck(textarea, 'First version.', report({ score: 77 }));
    page.type(textarea, 'Second version.');
    page.clock.tick(600);
    page.server.last('/check').respond(503, { error: 'Reply Coach is busy; ask again in a moment' }, { 'Retry-After': '2' });
    await page.settle();
    assert.equal(page.server.to('/check').length, 2);
    assert.equal(panel.querySelector('.reply-coach-score').textContent, 'Score 77/100', 'no error while waiting');
    page.clock.tick(1999);
    await page.settle();
    assert.equal(page.server.to('/check').length, 2, 'waits at least as long as the server asked');
    page.clock.tick(1001);
    await page.settle();
    const again = page.server.last('/check');
    assert.equal(page.server.to('/check').length, 3);
    assert.equal(again.body.text, 'Second version.');
    again.respond(200, report({ score: 88 }));
    await page.settle();
    assert.equal(panel.querySelector('.reply-coach-score').textContent, 'Score 88/100');
});

test('a node still busy after two more tries says so calmly', async () => {
    const { page, textarea, panel } = await classicPage();
    page.type(textarea, 'Hello there.');
    page.clock.tick(600);
    for (let i = 0; i < 3; i++) {
        page.server.last('/check').respond(503, { error: 'busy' }, { 'retry-after': 'soon' });
        await page.settle();
        page.clock.tick(1500);
        await page.settle();
    }
    assert.equal(page.server.to('/check').length, 3, 'the first try and two more, each after the default second (and up to half of it again)');
    assert.equal(panel.querySelector('.reply-coach-summary').textContent,
        'Reply Coach is busy right now and checks the reply again when you type.');
});

test('the wait after a busy answer is at least 0.2 s and at most 3 s (each up to half again)', async () => {
    const { page, textarea } = await classicPage();
    page.type(textarea, 'Hello there.');
    page.clock.tick(600);
    page.server.last('/check').respond(503, { error: 'busy' }, { 'Retry-After': '0' });
    await page.settle();
    page.clock.tick(199);
    await page.settle();
    assert.equal(page.server.to('/check').length, 1, 'not before 0.2 s');
    page.clock.tick(101);
    await page.settle();
    assert.equal(page.server.to('/check').length, 2, 'by 0.3 s');
    page.server.last('/check').respond(503, { error: 'busy' }, { 'Retry-After': '3600' });
    await page.settle();
    page.clock.tick(2999);
    await page.settle();
    assert.equal(page.server.to('/check').length, 2, 'not before 3 s');
    page.clock.tick(1501);
    await page.settle();
    assert.equal(page.server.to('/check').length, 3, 'by 4.5 s however long the server asked for');
});

test('typing while a busy check waits cancels the wait; only the new text is checked', async () => {
    const { page, textarea } = await classicPage();
    page.type(textarea, 'Old text');
    page.clock.tick(600);
    page.server.last('/check').respond(503, { error: 'busy' }, { 'Retry-After': '1' });
    await page.settle();
    page.type(textarea, 'New text');
    page.clock.tick(600);
    await page.settle();
    page.clock.tick(1000);
    await page.settle();
    const texts = page.server.to('/check').map((r) => r.body.text);
    assert.deepEqual(texts, ['Old text', 'New text']);
});

test('an internal note is not checked and says so', async () => {
    const { page, textarea, panel } = await classicPage({
        body: CLASSIC_COMMENT_FORM.replace('<textarea', '<input type="hidden" name="commentProperty" '
            + 'value=\'[{"key":"sd.public.comment","value":{"internal":true}}]\'><textarea')
    });
    page.type(textarea, 'Customer is being difficult again, damn.');
    page.clock.tick(600);
    await page.settle();
    assert.equal(page.server.requests.length, 0);
    assert.equal(panel.hidden, false);
    assert.equal(panel.querySelector('.reply-coach-summary').textContent, 'Not checked: internal note');
});

test('switching the comment property to public makes the panel check again', async () => {
    const page = await openPage({
        body: CLASSIC_COMMENT_FORM.replace('<textarea', '<input type="hidden" name="commentProperty" '
            + 'value=\'[{"key":"sd.public.comment","value":{"internal":true}}]\'><textarea')
    });
    const textarea = page.document.getElementById('comment');
    page.type(textarea, 'Note to self.');
    page.clock.tick(600);
    assert.equal(page.server.requests.length, 0);
    page.document.querySelector('input[name="commentProperty"]').value = '[{"key":"sd.public.comment","value":{"internal":false}}]';
    page.type(textarea, 'Thanks, what can I do for you?');
    page.clock.tick(600);
    assert.equal(page.server.to('/check').length, 1);
});

test('a comment restricted to a role is an internal note', async () => {
    const page = await openPage({
        body: CLASSIC_COMMENT_FORM.replace('<textarea', '<select name="commentLevel"><option value="">All users</option>'
            + '<option value="role:10002" selected>Administrators</option></select><textarea')
    });
    const textarea = page.document.getElementById('comment');
    page.type(textarea, 'Only for admins.');
    page.clock.tick(600);
    assert.equal(page.server.requests.length, 0);
    assert.equal(page.panelOf(textarea).querySelector('.reply-coach-summary').textContent, 'Not checked: internal note');
});

test('an active "Internal comment" tab makes a note; no marker at all means a public reply', async () => {
    const page = await openPage({
        body: `<a id="key-val" data-issue-key="SD-7">SD-7</a>
        <form><div role="tablist"><a role="tab" aria-selected="false">Respond to customer</a>
        <a role="tab" aria-selected="true">Internal comment</a></div>
        <textarea id="comment" name="comment"></textarea></form>`
    });
    const textarea = page.document.getElementById('comment');
    page.type(textarea, 'Note.');
    page.clock.tick(600);
    assert.equal(page.server.requests.length, 0);

    const tabs = page.document.querySelectorAll('[role="tab"]');
    tabs[0].setAttribute('aria-selected', 'true');
    tabs[1].setAttribute('aria-selected', 'false');
    page.type(textarea, 'Reply.');
    page.clock.tick(600);
    assert.equal(page.server.to('/check').length, 1);
});

test('comment property shapes: array, object, string value, rubbish', async () => {
    const page = await openPage({ body: '' });
    const mode = page.amd.load('dk/replycoach/panel/reply-mode');
    assert.equal(mode.internalFromCommentProperty('[{"key":"sd.public.comment","value":{"internal":true}}]'), true);
    assert.equal(mode.internalFromCommentProperty('[{"key":"other","value":{}},{"key":"sd.public.comment","value":{"internal":false}}]'), false);
    assert.equal(mode.internalFromCommentProperty('{"sd.public.comment":{"internal":true}}'), true);
    assert.equal(mode.internalFromCommentProperty('{"key":"sd.public.comment","value":"{\\"internal\\":true}"}'), true);
    assert.equal(mode.internalFromCommentProperty('not json'), null);
    assert.equal(mode.internalFromCommentProperty('[]'), null);
    assert.equal(mode.internalFromCommentProperty(''), null);
    assert.equal(mode.internalFromCommentProperty('null'), null);
});
