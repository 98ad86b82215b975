'use strict';
/*
 * The comment panel, send gate and workflow validator in Chromium against the sandbox: the real
 * web-resource files and REST resources, in the classic issue view, the JSM agent view and the
 * transition dialog.
 */
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox, openPage, screenshot } = require('./support/sandbox');

// Acknowledges, then "men", swears and argues from policy: a Danish reply that escalates.
const DANISH_ESCALATING = 'Jeg forstår din frustration, men det er fandme ikke vores skyld. Det er vores politik.';

const ctx = useSandbox();

/** The check requests a page sends, with their bodies. */
function recordChecks(page) {
    const checks = [];
    page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().endsWith('/rest/reply-coach/1.0/check')) {
            checks.push(JSON.parse(r.postData()));
        }
    });
    return checks;
}

/** Sends anyway from the open gate dialog with a reason. */
async function sendAnyway(page, reasonLabel) {
    const gate = page.locator('.reply-coach-gate');
    await gate.getByRole('button', { name: 'Send anyway' }).click();
    // A person clicks the label; AUI draws its own radio over the input.
    await gate.locator('label', { hasText: reasonLabel }).click();
    await gate.getByRole('button', { name: 'Send with this reason' }).click();
}

describe('classic issue view', () => {
    test('a Danish escalating reply typed in the comment box shows its warnings within 1.5 s', async () => {
        const page = await openPage(ctx.browser, ctx.sandbox, 'agent');
        const checks = recordChecks(page);
        await page.goto(ctx.sandbox.url + '/browse/WEB-1');
        await page.locator('#addcomment textarea#comment').pressSequentially(DANISH_ESCALATING);
        // The agent stops typing now: 600 ms debounce, the request and the rendering must fit in 1.5 s.
        const panel = page.locator('#addcomment .reply-coach-panel');
        await panel.locator('.reply-coach-finding[data-rule="no-but"]').waitFor({ state: 'visible', timeout: 1500 });

        assert.equal(await panel.locator('.reply-coach-finding[data-rule="profanity"] .reply-coach-severity').innerText(), 'BLOCK');
        assert.equal(await panel.locator('.reply-coach-finding[data-rule="profanity"] .reply-coach-message').innerText(),
            'Swearing or an insult in the reply.');
        assert.equal(await panel.locator('.reply-coach-finding[data-rule="no-but"] .reply-coach-message').innerText(),
            '\u201cmen\u201d takes back the acknowledgement before it.');
        assert.equal(await panel.locator('.reply-coach-finding[data-rule="no-but"] mark').innerText(), 'men');
        assert.match(await panel.locator('.reply-coach-score').innerText(), /^SCORE \d+\/100$/);
        assert.equal(await panel.locator('.reply-coach-step[data-step="noBut"]').getAttribute('class'), 'reply-coach-step is-missing');
        assert.deepEqual(checks[checks.length - 1].text, DANISH_ESCALATING);
        assert.equal(checks[checks.length - 1].issueKey, 'WEB-1');
        await screenshot(page, 'issue-view-panel-full', { fullPage: true });
        await page.locator('#addcomment').evaluate((el) => el.scrollIntoView());
        await screenshot(page, 'issue-view-panel');
        await page.finish();
    });

    test('a suggestion click edits the text, a new check follows, and undo puts the text back', async () => {
        const page = await openPage(ctx.browser, ctx.sandbox, 'agent');
        await page.goto(ctx.sandbox.url + '/browse/WEB-1');
        const textarea = page.locator('#addcomment textarea#comment');
        await textarea.pressSequentially(DANISH_ESCALATING);
        const question = page.locator('#addcomment .reply-coach-finding[data-rule="open-question"]');
        await question.waitFor({ state: 'visible', timeout: 5000 });

        await question.locator('.reply-coach-apply').click();
        assert.equal(await textarea.inputValue(), DANISH_ESCALATING + ' Hvad vil passe dig bedst?');
        // The edited reply is checked again and now ends with an open question.
        await question.waitFor({ state: 'detached', timeout: 5000 });
        assert.equal(await page.locator('#addcomment .reply-coach-step[data-step="openQuestion"]').getAttribute('class'),
            'reply-coach-step is-done');

        await page.locator('#addcomment .reply-coach-undo').click();
        assert.equal(await textarea.inputValue(), DANISH_ESCALATING);
        await page.finish();
    });
});

describe('JSM agent view', () => {
    test('the internal-note tab shows "not checked" and sends nothing to the checker', async () => {
        const page = await openPage(ctx.browser, ctx.sandbox, 'mette');
        const checks = recordChecks(page);
        await page.goto(ctx.sandbox.url + '/browse/SD-1');
        await page.locator('#sd-comment-collapsed-textarea').click();
        const editor = page.locator('#sd-comment-form textarea#comment');
        await editor.waitFor({ state: 'visible' });
        await page.getByRole('tab', { name: 'Internal comment' }).click();
        assert.equal(await page.locator('.sd-comment-send').innerText(), 'Comment internally');

        await editor.pressSequentially('Kunden er vred, men det er fandme ikke vores skyld.');
        const summary = page.locator('.sd-comment-area .reply-coach-summary');
        await summary.filter({ hasText: 'Ikke tjekket: intern note' }).waitFor({ state: 'visible', timeout: 5000 });
        assert.equal(await page.locator('.sd-comment-area .reply-coach-finding').count(), 0);
        assert.deepEqual(checks, [], 'an internal note never goes to the checker');
        await screenshot(page, 'agent-view-internal-note');

        // Back on the customer tab the same editor is coached again.
        await page.getByRole('tab', { name: 'Respond to customer' }).click();
        await editor.press('End');
        await editor.pressSequentially(' Hej.');
        await page.locator('.sd-comment-area .reply-coach-finding[data-rule="profanity"]').waitFor({ state: 'visible', timeout: 5000 });
        assert.equal(checks.length, 1);
        assert.equal(checks[0].issueKey, 'SD-1');
        await screenshot(page, 'agent-view-reply');
        await page.finish();
    });

    test('the send gate appears for a block finding, and "Send anyway" needs a reason', async () => {
        const page = await openPage(ctx.browser, ctx.sandbox, 'agent');
        const posted = [];
        page.on('request', (r) => {
            if (r.method() === 'POST' && /\/(AddComment\.jspa|override)$/.test(r.url())) {
                posted.push({ url: r.url(), body: r.postData() });
            }
        });
        await page.goto(ctx.sandbox.url + '/browse/SD-2');
        await page.locator('#sd-comment-collapsed-textarea').focus();
        const editor = page.locator('#sd-comment-form textarea#comment');
        await editor.waitFor({ state: 'visible' });
        const reply = 'I understand, but you are an idiot. Read the manual.';
        await editor.pressSequentially(reply);
        await page.locator('.sd-comment-area .reply-coach-finding[data-rule="profanity"]').waitFor({ state: 'visible', timeout: 5000 });

        await page.getByRole('button', { name: 'Share with customer' }).click();
        const gate = page.locator('.reply-coach-gate');
        await gate.waitFor({ state: 'visible' });
        assert.equal(await gate.locator('h2').innerText(), 'Check the reply before it goes to the customer');
        assert.equal(await gate.locator('.reply-coach-gate-finding[data-rule="profanity"] mark').innerText(), 'idiot');
        await screenshot(page, 'send-gate');

        await gate.getByRole('button', { name: 'Send anyway' }).click();
        const confirm = gate.getByRole('button', { name: 'Send with this reason' });
        await confirm.click();
        await gate.getByText('Choose a reason.').waitFor({ state: 'visible' });
        assert.deepEqual(posted, [], 'nothing is sent without a reason');
        await screenshot(page, 'send-gate-reason-required');

        await gate.locator('label', { hasText: 'False alarm' }).click();
        // The override is recorded, then the click is replayed and the form posts.
        await Promise.all([page.waitForResponse((r) => r.url().endsWith('/secure/AddComment.jspa')), confirm.click()]);
        await page.waitForLoadState('load');
        assert.equal(posted.length, 2);
        assert.match(posted[0].url, /\/rest\/reply-coach\/1\.0\/override$/);
        const override = JSON.parse(posted[0].body);
        assert.equal(override.reason, 'false-alarm');
        assert.deepEqual(override.rules, ['profanity']);
        assert.match(posted[1].url, /AddComment\.jspa$/);
        await page.locator('#issue_actions_container .action-body', { hasText: reply }).waitFor({ state: 'visible' });
        await page.finish();
    });

    test('"Edit reply" keeps the reply and sends nothing', async () => {
        const page = await openPage(ctx.browser, ctx.sandbox, 'agent');
        await page.goto(ctx.sandbox.url + '/browse/SD-2');
        await page.locator('#sd-comment-collapsed-textarea').focus();
        const editor = page.locator('#sd-comment-form textarea#comment');
        await editor.waitFor({ state: 'visible' });
        await editor.pressSequentially('Shut up, idiot.');
        await page.locator('.sd-comment-area .reply-coach-finding[data-rule="profanity"]').first().waitFor({ state: 'visible', timeout: 5000 });
        await page.getByRole('button', { name: 'Share with customer' }).click();
        await page.locator('.reply-coach-gate').getByRole('button', { name: 'Edit reply' }).click();
        await page.locator('.reply-coach-gate').waitFor({ state: 'detached' });
        assert.equal(await editor.inputValue(), 'Shut up, idiot.');
        assert.match(page.url(), /\/browse\/SD-2$/);
        await page.finish();
    });
});

describe('workflow transition', () => {
    test('the transition dialog post is refused by the validator with its message under the field', async () => {
        const page = await openPage(ctx.browser, ctx.sandbox, 'agent');
        await page.goto(ctx.sandbox.url + '/browse/SD-1');
        await page.getByRole('link', { name: 'Resolve this issue' }).click();
        const dialog = page.locator('.jira-dialog');
        const comment = dialog.locator('textarea[name="comment"]');
        await comment.waitFor({ state: 'visible' });
        await comment.pressSequentially(DANISH_ESCALATING);
        await dialog.locator('.reply-coach-finding[data-rule="profanity"]').waitFor({ state: 'visible', timeout: 5000 });

        await dialog.getByRole('button', { name: 'Resolve' }).click();
        await sendAnyway(page, 'No time to rework it (outage, deadline)');
        // The server-side validator is the hard stop: the post comes back with its message.
        const error = dialog.locator('.error[data-field="comment"]');
        await error.waitFor({ state: 'visible', timeout: 5000 });
        const message = await error.innerText();
        assert.match(message, /^Reply Coach stopped this reply \(\d+ finding\(s\)\)\. Edit it before it goes to the customer:/);
        assert.match(message, /Swearing or an insult in the reply\./);
        assert.equal(await comment.inputValue(), DANISH_ESCALATING, 'the reply is kept');
        // The panel attaches again to the field the dialog shows anew.
        await dialog.locator('.reply-coach-finding[data-rule="profanity"]').waitFor({ state: 'visible', timeout: 5000 });
        // The panel sits between the field and Jira's error line, so the error is further down.
        await error.scrollIntoViewIfNeeded();
        await screenshot(page, 'transition-validator-error');
        assert.equal(await page.locator('.sandbox-status .aui-lozenge').innerText(), 'WAITING FOR SUPPORT');
        await page.finish();
    });

    test('a calm reply passes the validator and resolves the issue', async () => {
        const page = await openPage(ctx.browser, ctx.sandbox, 'agent');
        await page.goto(ctx.sandbox.url + '/browse/WEB-1');
        await page.getByRole('link', { name: 'Resolve this issue' }).click();
        const comment = page.locator('.jira-dialog textarea[name="comment"]');
        await comment.waitFor({ state: 'visible' });
        const reply = 'Thank you for your patience. I have fixed the checkout button today. What else can I do for you?';
        await comment.fill(reply);
        await Promise.all([page.waitForURL(/\/browse\/WEB-1$/, { waitUntil: 'load' }),
            page.locator('.jira-dialog').getByRole('button', { name: 'Resolve' }).click()]);
        await page.locator('.sandbox-status .aui-lozenge', { hasText: 'RESOLVED' }).waitFor({ state: 'visible' });
        await page.locator('#issue_actions_container .action-body', { hasText: reply }).waitFor({ state: 'visible' });
        await page.finish();
    });
});
