/*
 * The sandbox's imitation of Jira's own page behaviour around comment editors. None of this is
 * plugin code; it reproduces what the panel meets in Jira:
 *
 *  - JSM agent view: focusing the collapsed box #sd-comment-collapsed-textarea swaps it for the
 *    real editor a moment later, announcing nothing (docs/front-end.md: not relied on). The tabs
 *    "Respond to customer" / "Internal comment" switch the mode (aria-selected) and the send
 *    button's label ("Share with customer" / "Comment internally").
 *  - Workflow transition: the "Resolve" link opens Jira's transition dialog, whose content is the
 *    server's form fetched with inline=true, announced with NEW_CONTENT_ADDED (reason dialogReady).
 *    The dialog posts its form itself; an answer with errors replaces the content (announced
 *    again), a successful one reloads the issue, as Jira does.
 */
(function ($) {
    'use strict';

    var events = require('jira/util/events');
    var types = require('jira/util/events/types');
    var reasons = require('jira/util/events/reasons');

    // --- JSM agent view ---

    function visibility($area) {
        return $area.find('[role="tab"][aria-selected="true"]').attr('data-visibility') || 'public';
    }

    function updateSendButton($area) {
        var internal = visibility($area) === 'internal';
        $area.find('.sd-comment-send').val(internal ? 'internal' : 'public')
            .text(internal ? 'Comment internally' : 'Share with customer');
    }

    /*
     * The opened editor is a form holding the tabs, the editor and the send button (what the
     * panel assumes, docs/front-end.md: the mode is read inside the editor's form).
     */
    function openEditor($area) {
        if ($area.find('#sd-comment-form').length) {
            return;
        }
        var form = $('<form id="sd-comment-form" class="aui sd-comment-form" method="post"></form>')
            .attr('action', AJS.contextPath() + '/secure/AddComment.jspa');
        form.append($area.find('.sd-comment-tabs'));
        form.append($('<input type="hidden" name="id">').val($area.attr('data-issue-id')));
        form.append('<div class="sd-comment-editor"><textarea id="comment" name="comment" class="textarea" rows="6"></textarea></div>');
        form.append('<div class="buttons-container"><div class="buttons">'
            + '<button class="aui-button aui-button-primary sd-comment-send" name="sd-visibility" type="submit"></button> '
            + '<a href="#" class="cancel sd-comment-cancel">Cancel</a></div></div>');
        $area.find('#sd-comment-collapsed-textarea').remove();
        $area.append(form);
        updateSendButton($area);
        form.find('textarea').trigger('focus');
    }

    $(document).on('focus click', '#sd-comment-collapsed-textarea', function () {
        var $area = $(this).closest('.sd-comment-area');
        // JSM renders the editor asynchronously.
        setTimeout(function () { openEditor($area); }, 50);
    });

    $(document).on('click', '.sd-comment-area [role="tab"]', function (e) {
        e.preventDefault();
        var $area = $(this).closest('.sd-comment-area');
        $area.find('[role="tab"]').attr('aria-selected', 'false').removeClass('active-tab');
        $(this).attr('aria-selected', 'true').addClass('active-tab');
        updateSendButton($area);
    });

    // --- the transition dialog ---

    var $dialog = null;
    var $blanket = null;

    function closeDialog() {
        if ($dialog) {
            $dialog.remove();
            $blanket.remove();
            $dialog = null;
        }
    }

    function showContent(html) {
        var $content = $dialog.find('.jira-dialog-content');
        $content.html(html); // the server's form fragment, escaped there, as Jira inserts it
        events.trigger(types.NEW_CONTENT_ADDED, [$content, reasons.dialogReady]);
        $content.find('textarea').first().trigger('focus');
    }

    function openDialog(url, title) {
        closeDialog();
        $blanket = $('<div class="aui-blanket sandbox-blanket" tabindex="0" aria-hidden="false"></div>').appendTo(document.body);
        $dialog = $('<div id="workflow-transition-5-dialog" class="jira-dialog box-shadow jira-dialog-open popup-width-large jira-dialog-content-ready"'
            + ' role="dialog" aria-labelledby="sandbox-dialog-title">'
            + '<div class="jira-dialog-heading"><h2 id="sandbox-dialog-title"></h2></div><div class="jira-dialog-content"></div></div>');
        $dialog.find('h2').text(title);
        $dialog.appendTo(document.body);
        $.ajax({url: url + '&inline=true', dataType: 'html'}).done(showContent);
    }

    $(document).on('click', 'a.issueaction-workflow-transition', function (e) {
        e.preventDefault();
        openDialog(this.href, $(this).text());
    });

    $(document).on('click', '#issue-workflow-transition-cancel', function (e) {
        if ($dialog) {
            e.preventDefault();
            closeDialog();
        }
    });

    $(document).on('keydown', function (e) {
        if (e.key === 'Escape' && $dialog && !$('.aui-dialog2:visible').length) {
            closeDialog();
        }
    });

    // Bubble phase on the dialog: the plugin's send gate (capture phase on the document) sees the
    // submit first and may hold it back.
    $(document).on('submit', '.jira-dialog form', function (e) {
        e.preventDefault();
        var form = this;
        var data = new URLSearchParams(new FormData(form, e.originalEvent && e.originalEvent.submitter || null));
        data.set('inline', 'true');
        // getAttribute: the form has a field named "action" (as Jira's has), which hides form.action.
        fetch(form.getAttribute('action'), {method: 'POST', credentials: 'same-origin', body: data}).then(function (response) {
            return response.text().then(function (html) {
                if (response.headers.get('X-Sandbox-Transition') === 'done') {
                    closeDialog();
                    window.location.reload();
                } else {
                    showContent(html);
                }
            });
        });
    });

    // --- the sandbox's user switcher ---

    $(document).on('change', '#sandbox-as', function () {
        this.form.submit();
    });
}(jQuery));
