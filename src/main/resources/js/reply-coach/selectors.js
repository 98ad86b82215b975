/*
 * Every Jira and JSM DOM selector the panel relies on, in one place, so they can be adjusted when
 * Jira's markup changes. "[verified]" means read in Jira's front-end sources or Atlassian's own
 * test toolkit (docs/front-end.md has the sources); "[assumed]" means not publicly documented.
 */
define('dk/replycoach/panel/selectors', [], function () {
    'use strict';

    return {
        /* Comment editors the panel attaches to. */
        editors: {
            // [verified] the classic issue view (and the JSM agent issue view) add-comment form
            issueComment: '#addcomment textarea#comment',
            // [verified] the Comment field of transition dialogs and full-page transition screens
            transitionComment: 'textarea[name="comment"]',
            // [verified, toolkit selectors] the opened JSM agent-view reply box
            agentReply: 'textarea#comment',
            // [assumed] the rich-text editor keeps the wiki textarea (class wiki-textfield); in Text
            // mode it is what the agent types in, in Visual mode it is only synced on switch/submit
            richTextTextMode: 'textarea.wiki-textfield[name="comment"]'
        },

        // [verified, toolkit selectors] the collapsed JSM agent-view box: a placeholder that opens
        // the real editor when focused, so it is never checked itself
        agentReplyCollapsed: '#sd-comment-collapsed-textarea',

        // [assumed] the wrapper around textarea, toolbar and preview; the panel goes after it so it
        // does not split the editor
        editorFrame: '.jira-wikifield',

        /* Public reply or internal note. */
        // [verified for transitions, reference D; assumed for the agent view] JSM posts comment
        // visibility as the comment property sd.public.comment
        commentProperty: 'input[name="commentProperty"]',
        // [verified, reference D] a comment restricted to a group or role is never customer-visible
        commentLevel: 'select[name="commentLevel"], input[name="commentLevel"]',
        // [assumed] buttons and tabs of the JSM agent view that choose between reply and note
        modeControls: 'button, [role="tab"], a.aui-button',
        // [verified, toolkit selectors: "Comment internally"; other labels assumed] labels of the
        // control that makes an internal note, compared case-insensitively after trimming
        internalLabels: ['comment internally', 'internal comment', 'add internal note',
            'kommenter internt', 'intern kommentar', 'intern note'],

        /* The issue the reply belongs to, first match wins. */
        issueKey: [
            // [assumed] a hidden field some forms carry
            {selector: 'input[name="issueKey"]', value: 'value'},
            // [assumed] the wiki field wrapper names its issue
            {selector: '.jira-wikifield[issue-key]', value: 'issue-key'},
            // [verified] the issue view header link
            {selector: '#key-val', value: 'data-issue-key'},
            {selector: '#key-val', value: 'text'},
            // [assumed] meta tag on the view-issue page
            {selector: 'meta[name="ajs-issue-key"]', value: 'content'}
        ],

        /* What submits the comment form. */
        // [verified] #issue-comment-add-submit; generic submit controls for dialogs and the agent view
        submitControls: 'button[type="submit"], input[type="submit"], button:not([type]), #issue-comment-add-submit',
        // [assumed] cancel links and the editor's own toolbar never send the reply
        notSubmitControls: '.cancel, .jira-wikifield button',

        /* Containers that hold an editor and its buttons when there is no form around them. */
        // [verified: #addcomment, Jira dialogs; assumed: JSM agent view keeps the form]
        editorScope: 'form, #addcomment, .jira-dialog, .aui-dialog2'
    };
});
