'use strict';
/*
 * The settings page in Chromium: the real AdminPageServlet and Velocity template in the sandbox's
 * Jira frame, the real admin-settings.js, and the real SettingsResource behind it.
 */
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox, openPage, screenshot } = require('./support/sandbox');

const ADMIN_PAGE = '/plugins/servlet/reply-coach/admin';

const ctx = useSandbox();

async function openSettings(user) {
    const page = await openPage(ctx.browser, ctx.sandbox, user);
    await page.goto(ctx.sandbox.url + ADMIN_PAGE);
    // The page previews the sample reply once on load; wait for it so the page has settled.
    await page.locator('#rc-preview-result .rc-score').waitFor({ state: 'visible' });
    return page;
}

test('the admin page saves a change, and the saved value is what the page shows next time', async () => {
    const page = await openSettings('admin');
    await screenshot(page, 'admin-settings');
    const before = Number(await page.locator('#reply-coach-admin').getAttribute('data-version'));
    await page.locator('#rc-retention').fill('200');
    await page.locator('#rc-no-but-severity').selectOption('block');
    await page.locator('#rc-save').click();
    await page.locator('#rc-message', { hasText: `Saved (version ${before + 1}).` }).waitFor({ state: 'visible' });
    assert.equal(await page.locator('.rc-field-error:not(:empty)').count(), 0);

    await page.reload();
    assert.equal(await page.locator('#rc-retention').inputValue(), '200');
    assert.equal(await page.locator('#rc-no-but-severity').inputValue(), 'block');
    assert.equal(await page.locator('#reply-coach-admin').getAttribute('data-version'), String(before + 1));
    await page.finish();
});

test('a bad value shows a field error next to its field without losing the other edits', async () => {
    const page = await openSettings('admin');
    const retentionBefore = await page.locator('#rc-retention').inputValue();
    await page.locator('#rc-retention').fill('400');
    await page.locator('details[data-language="da"] summary').click();
    await page.locator('#rc-phrases-da-excuse').fill('det er ikke min afdeling');
    await page.locator('#rc-min-group-size').fill('1');
    await page.locator('#rc-save').click();

    const error = page.locator('[data-error-for="minGroupSize"]');
    await error.filter({ hasText: 'Must be between 2 and 1000.' }).waitFor({ state: 'visible' });
    assert.equal(await page.locator('#rc-message').innerText(), 'Some settings need fixing; see the marked fields.');
    assert.match(await page.locator('#rc-min-group-size').getAttribute('class'), /\brc-invalid\b/);
    // Marked in the error colour over AUI's own field border (AUI animates the border, so wait).
    await page.waitForFunction(() => getComputedStyle(document.getElementById('rc-min-group-size')).borderTopColor === 'rgb(222, 53, 11)');
    // The other edits are still in the form, ready to save once the value is fixed.
    assert.equal(await page.locator('#rc-retention').inputValue(), '400');
    assert.equal(await page.locator('#rc-phrases-da-excuse').inputValue(), 'det er ikke min afdeling');
    assert.equal(await page.locator('#rc-min-group-size').inputValue(), '1');
    await error.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-settings-field-error');

    // A refused save changed nothing.
    await page.reload();
    assert.equal(await page.locator('#rc-retention').inputValue(), retentionBefore);

    // Fixed, the same edits save.
    await page.locator('#rc-retention').fill('400');
    await page.locator('#rc-min-group-size').fill('4');
    await page.locator('#rc-save').click();
    await page.locator('#rc-message', { hasText: /^Saved \(version \d+\)\.$/ }).waitFor({ state: 'visible' });
    await page.finish();
});

test('a plain agent gets the 403 page, and an anonymous visitor the login page', async () => {
    const agent = await openPage(ctx.browser, ctx.sandbox, 'agent');
    const response = await agent.goto(ctx.sandbox.url + ADMIN_PAGE);
    assert.equal(response.status(), 403);
    await agent.getByText('Only Jira administrators can see and change the Reply Coach settings.').waitFor({ state: 'visible' });
    assert.equal(await agent.locator('#rc-settings-form').count(), 0);
    await screenshot(agent, 'admin-settings-forbidden');
    await agent.finish();

    const anonymous = await openPage(ctx.browser, ctx.sandbox, null);
    await anonymous.goto(ctx.sandbox.url + ADMIN_PAGE);
    assert.match(anonymous.url(), /\/jira\/login\.jsp\?os_destination=/);
    await screenshot(anonymous, 'login');
    // Logging in there comes back to the settings page.
    await anonymous.getByRole('link', { name: 'Ada Andersen' }).click();
    await anonymous.locator('#rc-settings-form').waitFor({ state: 'visible' });
    assert.match(anonymous.url(), /\/plugins\/servlet\/reply-coach\/admin$/);
    await anonymous.finish();
});
