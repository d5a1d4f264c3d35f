package org.tsuho;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.EndEvent;
import org.operaton.bpm.model.bpmn.instance.Event;
import org.operaton.bpm.model.bpmn.instance.FlowElement;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Gateway;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.ReceiveTask;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.StartEvent;
import org.operaton.bpm.model.bpmn.instance.TimerEventDefinition;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.tsuho.identity.Role;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The conventions of design.md §4 for every model in {@code processes/}: ids that say what they are, a history
 * time to live, candidate groups that are roles, due dates on every user task, timers from the rulebook (process
 * variables, never literal durations), service tasks that name a {@link JavaDelegate} bean of this application,
 * and a diagram for every element so the model opens readably in a modeler. Runs against the application context
 * so bean names are checked against the beans that really exist.
 */
@TsuhoIntegrationTest
class BpmnConventionTests {

    private static final Pattern PROCESS_KEY = Pattern.compile("[a-z]+(-[a-z]+)*");
    /** {@code Kind_WhatItIs}: a kind prefix, then an UpperCamelCase name. */
    private static final Pattern ID = Pattern.compile("([A-Z][A-Za-z]*)_[A-Z][A-Za-z0-9]*");
    private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]+}");

    private static List<Model> models;

    @Autowired
    private ApplicationContext context;

    private record Model(String file, BpmnModelInstance instance) {
    }

    @BeforeAll
    static void readModels() throws IOException {
        models = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                Bpmn.validateModel(model);
                models.add(new Model(resource.getFilename(), model));
            }
        }
        assertThat(models).extracting(Model::file).contains("incident-report.bpmn");
    }

    @Test
    void everyProcessHasAKebabCaseKeyAndAHistoryTimeToLive() {
        List<String> problems = new ArrayList<>();
        for (Model model : models) {
            for (Process process : model.instance().getModelElementsByType(Process.class)) {
                if (!PROCESS_KEY.matcher(process.getId()).matches()) {
                    problems.add(model.file() + ": process key " + process.getId() + " is not kebab-case");
                }
                if (process.getOperatonHistoryTimeToLiveString() == null) {
                    problems.add(model.file() + ": process " + process.getId() + " has no historyTimeToLive");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void idsSayWhatTheElementIs() {
        List<String> problems = new ArrayList<>();
        for (Model model : models) {
            for (FlowElement element : model.instance().getModelElementsByType(FlowElement.class)) {
                String id = element.getId();
                Matcher matcher = ID.matcher(id);
                String expected = expectedPrefix(element);
                if (!matcher.matches()) {
                    problems.add(model.file() + ": " + id + " is not Kind_UpperCamelName");
                } else if (expected != null && !matcher.group(1).equals(expected)) {
                    problems.add(model.file() + ": " + id + " (" + element.getElementType().getTypeName() + ") should start with "
                            + expected + "_");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyUserTaskIsForARoleAndHasADueDate() {
        List<String> problems = new ArrayList<>();
        for (Model model : models) {
            for (UserTask task : model.instance().getModelElementsByType(UserTask.class)) {
                List<String> groups = task.getOperatonCandidateGroupsList();
                if (groups.isEmpty()) {
                    problems.add(model.file() + ": " + task.getId() + " has no candidate group");
                }
                // A group may come from a process variable (one task key, one group per agency); the variable's
                // values are checked where they are set.
                groups.stream().filter(group -> !group.strip().matches("\\$\\{[A-Za-z][A-Za-z0-9]*}"))
                        .filter(group -> Role.ofGroup(group.strip()).isEmpty())
                        .forEach(group -> problems.add(model.file() + ": " + task.getId() + " names unknown group " + group));
                if (task.getOperatonDueDate() == null || task.getOperatonDueDate().isBlank()) {
                    problems.add(model.file() + ": " + task.getId() + " has no due date");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyServiceTaskCallsADelegateBeanOfThisApplication() {
        List<String> problems = new ArrayList<>();
        for (Model model : models) {
            for (ServiceTask task : model.instance().getModelElementsByType(ServiceTask.class)) {
                String expression = task.getOperatonDelegateExpression();
                Matcher bean = BEAN_REFERENCE.matcher(expression == null ? "" : expression);
                if (task.getOperatonClass() != null || task.getOperatonExpression() != null || !bean.matches()) {
                    problems.add(model.file() + ": " + task.getId() + " must use camunda:delegateExpression=\"${beanName}\" only");
                } else if (!context.containsBean(bean.group(1)) || !context.isTypeMatch(bean.group(1), JavaDelegate.class)) {
                    problems.add(model.file() + ": " + task.getId() + " names " + bean.group(1) + ", which is no JavaDelegate bean");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void timersReadTheirTimeFromProcessVariables() {
        List<String> problems = new ArrayList<>();
        for (Model model : models) {
            for (TimerEventDefinition timer : model.instance().getModelElementsByType(TimerEventDefinition.class)) {
                String owner = ((Event) timer.getParentElement()).getId();
                String when = timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
                        : timer.getTimeDuration() != null ? timer.getTimeDuration().getTextContent()
                        : timer.getTimeCycle() != null ? timer.getTimeCycle().getTextContent() : "";
                if (!EXPRESSION.matcher(when.strip()).matches()) {
                    problems.add(model.file() + ": " + owner + " has the literal time '" + when.strip()
                            + "'; take it from the rulebook through a variable");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyElementIsDrawn() {
        List<String> problems = new ArrayList<>();
        for (Model model : models) {
            List<String> drawn = new ArrayList<>();
            model.instance().getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
            model.instance().getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
            for (FlowElement element : model.instance().getModelElementsByType(FlowElement.class)) {
                if ((element instanceof FlowNode || element instanceof SequenceFlow) && !drawn.contains(element.getId())) {
                    problems.add(model.file() + ": " + element.getId() + " has no shape or edge in the diagram");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The prefix design.md §4 gives this kind of element; null where only the general form applies. */
    private static String expectedPrefix(FlowElement element) {
        if (element instanceof Event event && !event.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
            return "Timer";
        }
        if (element instanceof UserTask) {
            return "Task";
        }
        if (element instanceof ServiceTask) {
            return "Activity";
        }
        if (element instanceof ReceiveTask) {
            return "Wait";
        }
        if (element instanceof Gateway) {
            return "Gateway";
        }
        if (element instanceof StartEvent) {
            return "StartEvent";
        }
        if (element instanceof EndEvent) {
            return "EndEvent";
        }
        if (element instanceof SequenceFlow) {
            return "Flow";
        }
        return null;
    }
}
