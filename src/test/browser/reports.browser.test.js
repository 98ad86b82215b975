'use strict';
/*
 * The coaching report pages (team report, "My coaching") in Chromium, against the seeded three
 * months of coaching data. Should a build lack their servlets (the URLs in the sandbox's
 * ExtensionPoints.REPORT_PAGES), /status reports them as missing and these tests skip with that
 * reason.
 */
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { useSandbox, openPage, screenshot, status } = require('./support/sandbox');

const TEAM_REPORT = '/plugins/servlet/reply-coach/report';
const NOT_BUILT = 'the report pages are not in this build: no servlet at ' + TEAM_REPORT
    + ' in atlassian-plugin.xml (see the sandbox\'s ExtensionPoints.REPORT_PAGES)';

let reportPages = [];
const ctx = useSandbox(async (c) => {
    reportPages = (await status(c.sandbox)).reportPages;
});

test('the team report renders its table and chart for a team lead', async (t) => {
    if (!reportPages.includes('team-report')) {
        t.skip(NOT_BUILT);
        return;
    }
    const page = await openPage(ctx.browser, ctx.sandbox, 'lead');
    const response = await page.goto(ctx.sandbox.url + TEAM_REPORT);
    assert.equal(response.status(), 200);
    await page.locator('table').first().waitFor({ state: 'visible' });
    assert.ok(await page.locator('table tbody tr').count() >= 3, 'a row per seeded agent');
    await page.locator('svg, canvas').first().waitFor({ state: 'visible' });
    // Within the report table: the sandbox's user picker lists the same names in a hidden <option>.
    await page.locator('table').getByText('Anna Berg').first().waitFor({ state: 'visible' });
    await screenshot(page, 'team-report', { fullPage: true });
    await page.finish();
});

test('the team report is refused for a plain agent', async (t) => {
    if (!reportPages.includes('team-report')) {
        t.skip(NOT_BUILT);
        return;
    }
    const page = await openPage(ctx.browser, ctx.sandbox, 'agent');
    const response = await page.goto(ctx.sandbox.url + TEAM_REPORT);
    assert.equal(response.status(), 403);
    assert.equal(await page.locator('table tbody tr').count(), 0);
    await page.finish();
});

test('an agent named <script> shows as text in the team report', async (t) => {
    if (!reportPages.includes('team-report')) {
        t.skip(NOT_BUILT);
        return;
    }
    const page = await openPage(ctx.browser, ctx.sandbox, 'lead');
    await page.goto(ctx.sandbox.url + TEAM_REPORT);
    await page.locator('table').getByText('<script>alert(1)</script> Mallory').first().waitFor({ state: 'visible' });
    assert.equal(await page.locator('script', { hasText: 'alert(1)' }).count(), 0);
    await page.finish();
});

test('until the report pages land, their URLs show the sandbox placeholder', async (t) => {
    if (reportPages.includes('team-report')) {
        t.skip('the real report pages are mounted');
        return;
    }
    const page = await openPage(ctx.browser, ctx.sandbox, 'lead');
    const response = await page.goto(ctx.sandbox.url + TEAM_REPORT);
    assert.equal(response.status(), 501);
    await page.getByText('This report page is not in this build yet.', { exact: false }).waitFor({ state: 'visible' });
    await screenshot(page, 'report-placeholder');
    await page.finish();
});

test('the start page lists the demo issues and three months of seeded coaching data per agent', async () => {
    const page = await openPage(ctx.browser, ctx.sandbox, 'lead');
    await page.goto(ctx.sandbox.url + '/');
    await page.getByRole('link', { name: 'SD-1' }).waitFor({ state: 'visible' });
    const rows = page.locator('table.sandbox-coaching tbody tr');
    assert.ok(await rows.count() >= 5, 'several agents');
    // Weekdays over 92 days: about 65 days with events for every agent.
    for (const days of await rows.locator('td:nth-child(2)').allInnerTexts()) {
        assert.ok(Number(days) >= 60, 'days with events: ' + days);
    }
    await page.locator('table.sandbox-coaching td', { hasText: '<script>alert(1)</script> Mallory' }).waitFor({ state: 'visible' });
    await screenshot(page, 'sandbox-home', { fullPage: true });
    await page.finish();
});
