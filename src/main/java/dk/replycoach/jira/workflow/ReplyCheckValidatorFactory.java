package dk.replycoach.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import dk.replycoach.config.SettingsRepository;
import dk.replycoach.config.ValidatorSettings;

import javax.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the validator's three Velocity screens (add, edit, view) and turns the submitted form into
 * the validator's stored arguments. Only known values are stored: anything else becomes the
 * default, so a tampered form can neither break transitions nor put markup into the view.
 */
public class ReplyCheckValidatorFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginValidatorFactory {
    static final List<String> BLOCK_AT_OPTIONS = List.of("block", "warning");
    static final List<String> SCOPE_OPTIONS = List.of("public", "all");
    static final List<String> FAIL_MODE_OPTIONS = List.of("open", "closed");

    private final SettingsRepository settings;

    @Inject
    public ReplyCheckValidatorFactory(SettingsRepository settings) {
        this.settings = settings;
    }

    /** A new validator starts from the defaults the admin chose on the Reply Coach settings page. */
    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.putAll(options());
        velocityParams.putAll(settings.current().validatorDefaults().toArgs());
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.putAll(options());
        velocityParams.putAll(stored(descriptor));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.putAll(stored(descriptor));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Map<String, Object> form = new HashMap<>();
        for (String name : List.of(ValidatorSettings.BLOCK_AT, ValidatorSettings.SCOPE, ValidatorSettings.FAIL_MODE)) {
            String value = single(formParams.get(name));
            if (ValidatorSettings.isValid(name, value)) {
                form.put(name, value);
            }
        }
        return ValidatorSettings.fromArgs(form).toArgs();
    }

    private static Map<String, Object> options() {
        Map<String, Object> m = new HashMap<>();
        m.put("blockAtOptions", BLOCK_AT_OPTIONS);
        m.put("scopeOptions", SCOPE_OPTIONS);
        m.put("failModeOptions", FAIL_MODE_OPTIONS);
        return m;
    }

    /** The stored arguments, normalised to known values. */
    private static Map<String, String> stored(AbstractDescriptor descriptor) {
        Map<?, ?> args = descriptor instanceof ValidatorDescriptor ? ((ValidatorDescriptor) descriptor).getArgs() : Map.of();
        return ValidatorSettings.fromArgs(args).toArgs();
    }

    /** Form values arrive as String[]; stored ones as String. */
    private static String single(Object v) {
        if (v instanceof String[]) {
            String[] a = (String[]) v;
            return a.length == 0 ? null : a[0];
        }
        return v == null ? null : v.toString();
    }
}
