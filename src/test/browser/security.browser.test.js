'use strict';
/*
 * Hostile text in a real browser: `<script>alert(1)</script>` in a reply, in an admin phrase and
 * in an agent's name must show as text and never run. Every page fails its test on any JavaScript
 * dialog and on any page error (support/sandbox.js), and each test also looks for the text on
 * screen and for script elements that carry it.
 */
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { useSandbox, openPage, screenshot, tempDir, classpath, ROOT } = require('./support/sandbox');

const SCRIPT = '<script>alert(1)</script>';

const ctx = useSandbox();

/** Script elements in the page whose source mentions alert(1): an injection that reached the DOM. */
function injectedScripts(page) {
    return page.locator('script', { hasText: 'alert(1)' }).count();
}

test('a <script> in a reply shows as text in the panel and in the posted comment', async () => {
    const page = await openPage(ctx.browser, ctx.sandbox, 'agent');
    await page.goto(ctx.sandbox.url + '/browse/WEB-1');
    const reply = 'Jeg forstår din frustration, men ' + SCRIPT + ' det er din egen skyld.';
    await page.locator('#addcomment textarea#comment').pressSequentially(reply);
    const panel = page.locator('#addcomment .reply-coach-panel');
    await panel.locator('.reply-coach-finding').first().waitFor({ state: 'visible', timeout: 5000 });
    assert.ok((await panel.innerText()).includes(SCRIPT), 'the excerpts show the reply as typed');
    assert.equal(await injectedScripts(page), 0);
    await screenshot(page, 'xss-reply-panel');

    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/secure/AddComment.jspa')),
        page.locator('#issue-comment-add-submit').click()]);
    await page.waitForLoadState('load');
    await page.locator('#issue_actions_container .action-body', { hasText: SCRIPT }).waitFor({ state: 'visible' });
    assert.equal(await injectedScripts(page), 0);
    await page.finish();
});

test('a <script> saved as a phrase shows as text on the settings page and in the panel that uses it', async () => {
    const admin = await openPage(ctx.browser, ctx.sandbox, 'admin');
    await admin.goto(ctx.sandbox.url + '/plugins/servlet/reply-coach/admin');
    await admin.locator('#rc-preview-result .rc-score').waitFor({ state: 'visible' });
    await admin.locator('details[data-language="da"] summary').click();
    await admin.locator('#rc-phrases-da-excuse').fill(SCRIPT);
    await admin.locator('#rc-preview-text').fill('Hej. ' + SCRIPT + ' Hvad kan jeg gøre?');
    // The preview runs the unsaved phrase: its finding names the excerpt as text.
    await admin.locator('#rc-preview-result .rc-finding q', { hasText: /^script>alert\(1\)<\/script$/ }).waitFor({ state: 'visible' });
    await admin.locator('#rc-save').click();
    await admin.locator('#rc-message', { hasText: /^Saved \(version \d+\)\.$/ }).waitFor({ state: 'visible' });

    // Rendered again by the Velocity template, the phrase is the textarea's text.
    await admin.reload();
    await admin.locator('details[data-language="da"] summary').click();
    assert.equal(await admin.locator('#rc-phrases-da-excuse').inputValue(), SCRIPT);
    assert.equal(await injectedScripts(admin), 0);
    await admin.locator('#rc-phrases-da-excuse').scrollIntoViewIfNeeded();
    await screenshot(admin, 'xss-phrase-admin');
    await admin.finish();

    // The agent's checker now uses the phrase; the finding shows the matched text as text.
    const agent = await openPage(ctx.browser, ctx.sandbox, 'mette');
    await agent.goto(ctx.sandbox.url + '/browse/WEB-1');
    await agent.locator('#addcomment textarea#comment').pressSequentially('Tak for din besked. ' + SCRIPT);
    const finding = agent.locator('#addcomment .reply-coach-finding[data-rule="excuse"]');
    await finding.waitFor({ state: 'visible', timeout: 5000 });
    assert.match(await finding.locator('mark').innerText(), /script>alert\(1\)<\/script/);
    assert.equal(await injectedScripts(agent), 0);
    await agent.finish();
});

test('an agent whose name is a <script> sees it as text in the Jira frame', async () => {
    const page = await openPage(ctx.browser, ctx.sandbox, 'mallory');
    await page.goto(ctx.sandbox.url + '/browse/SD-2');
    assert.equal(await page.locator('#sandbox-as option:checked').innerText(), SCRIPT + ' Mallory (agent)');
    assert.equal(await injectedScripts(page), 0);
    await page.finish();
});

/** Runs the real CLI (batch) with the sandbox's classpath. */
function runCli(args) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin/java') : 'java',
            ['-cp', classpath(), 'dk.replycoach.cli.ReplyCoachCli'].concat(args), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (c) => { output += c; });
        child.stderr.on('data', (c) => { output += c; });
        child.once('exit', (code) => (code === 0 || code === 1 ? resolve(output) : reject(new Error('CLI exit ' + code + ':\n' + output))));
    });
}

test('an agent named <script> in the coaching report shows as text (the CLI report; the report pages get the same test)', async () => {
    const dir = tempDir('reply-coach-report-');
    const csv = path.join(dir, 'replies.csv');
    const html = path.join(dir, 'report.html');
    const rows = ['agent,created,body'];
    for (let i = 1; i <= 6; i++) {
        rows.push(`"${SCRIPT}",2026-01-0${i}T10:00:00Z,"Jeg forstår, men det er din egen skyld."`);
        rows.push(`Anna Berg,2026-01-0${i}T11:00:00Z,"Tak for din besked. Jeg sender pakken i dag. Hvornår passer det dig?"`);
    }
    fs.writeFileSync(csv, rows.join('\n') + '\n');
    await runCli(['batch', '--input', csv, '--out', html]);

    const page = await openPage(ctx.browser, ctx.sandbox, null);
    await page.goto('file://' + html);
    await page.getByText(SCRIPT).first().waitFor({ state: 'visible' });
    assert.equal(await injectedScripts(page), 0);
    await screenshot(page, 'xss-agent-name-cli-report', { fullPage: true });
    await page.finish();
});
