package org.hotline.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ticket-lifecycle.bpmn} stays drawable (Modeler, Cockpit) and keeps its modelling rules: every flow node has a
 * shape, every sequence flow an edge, shapes of one container do not overlap and sit inside it, boundary events sit
 * on their activity's border; outcome gateways have a default flow; alarm tasks pass their kind as fields.
 */
class TicketLifecycleDiagramTest {

    private static BpmnModelInstance model;
    private static Map<String, Bounds> shapes;

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream in = TicketLifecycleDiagramTest.class.getResourceAsStream("/bpmn/ticket-lifecycle.bpmn")) {
            model = Bpmn.readModelFromStream(in);
        }
        shapes = new HashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            shapes.put(shape.getBpmnElement().getId(), shape.getBounds());
        }
    }

    @Test
    void everyFlowNodeHasAShape() {
        List<String> missing = ids(model.getModelElementsByType(FlowNode.class)).stream()
            .filter(id -> !shapes.containsKey(id)).toList();
        assertThat(missing).as("flow nodes without a shape").isEmpty();
    }

    @Test
    void everySequenceFlowHasAnEdgeWithAtLeastTwoWaypoints() {
        Map<String, BpmnEdge> edges = new HashMap<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            edges.put(edge.getBpmnElement().getId(), edge);
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(edges).as("edge of " + flow.getId()).containsKey(flow.getId());
            assertThat(edges.get(flow.getId()).getWaypoints()).as("waypoints of " + flow.getId()).hasSizeGreaterThan(1);
        }
    }

    @Test
    void shapesOfOneContainerDoNotOverlapAndStayInsideIt() {
        Map<ModelElementInstance, List<FlowNode>> byContainer = new HashMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!(node instanceof BoundaryEvent)) {
                byContainer.computeIfAbsent(node.getParentElement(), parent -> new ArrayList<>()).add(node);
            }
        }
        byContainer.forEach((container, nodes) -> {
            for (int i = 0; i < nodes.size(); i++) {
                Bounds a = shapes.get(nodes.get(i).getId());
                if (container instanceof SubProcess sub) {
                    assertThat(inside(a, shapes.get(sub.getId()))).as(nodes.get(i).getId() + " inside " + sub.getId())
                        .isTrue();
                }
                for (int j = i + 1; j < nodes.size(); j++) {
                    assertThat(overlap(a, shapes.get(nodes.get(j).getId())))
                        .as(nodes.get(i).getId() + " overlaps " + nodes.get(j).getId()).isFalse();
                }
            }
        });
    }

    @Test
    void boundaryEventsSitOnTheirActivitysBorder() {
        for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
            Bounds e = shapes.get(event.getId());
            Bounds host = shapes.get(event.getAttachedTo().getId());
            double cx = e.getX() + e.getWidth() / 2;
            double cy = e.getY() + e.getHeight() / 2;
            boolean onVertical = (cx == host.getX() || cx == host.getX() + host.getWidth())
                && cy >= host.getY() && cy <= host.getY() + host.getHeight();
            boolean onHorizontal = (cy == host.getY() || cy == host.getY() + host.getHeight())
                && cx >= host.getX() && cx <= host.getX() + host.getWidth();
            assertThat(onVertical || onHorizontal).as(event.getId() + " on the border of its activity").isTrue();
        }
    }

    @Test
    void everyOutcomeGatewayHasADefaultFlow() {
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            assertThat(gateway.getDefault()).as("default flow of " + gateway.getId()).isNotNull();
        }
    }

    @Test
    void alarmTasksNameTheirDeadlineAndAlarmAsFields() {
        Map<String, String> kinds = new HashMap<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            Map<String, String> fields = new HashMap<>();
            for (CamundaField field : task.getExtensionElements().getElementsQuery().filterByType(CamundaField.class)
                    .list()) {
                fields.put(field.getCamundaName(), field.getCamundaStringValue());
            }
            kinds.put(task.getId(), fields.get("deadline") + "/" + fields.get("alarm"));
        }
        assertThat(kinds).containsOnly(Map.entry("Task_RaiseSignWarning", "sign/warning"),
            Map.entry("Task_RaiseSignEscalation", "sign/escalation"),
            Map.entry("Task_RaiseHandleWarning", "handle/warning"),
            Map.entry("Task_RaiseHandleEscalation", "handle/escalation"),
            Map.entry("Task_RaiseContributionWarning", "contribution/warning"),
            Map.entry("Task_RecordContributionsMissed", "contribution/escalation"),
            Map.entry("Task_RaiseReviewWarning", "review/warning"),
            Map.entry("Task_RaiseReviewOverdue", "review/escalation"),
            Map.entry("Task_RaiseFollowUpWarning", "followUp/warning"),
            Map.entry("Task_RaiseFollowUpOverdue", "followUp/escalation"));
    }

    private static List<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).toList();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
            && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static boolean inside(Bounds a, Bounds outer) {
        return a.getX() >= outer.getX() && a.getY() >= outer.getY()
            && a.getX() + a.getWidth() <= outer.getX() + outer.getWidth()
            && a.getY() + a.getHeight() <= outer.getY() + outer.getHeight();
    }
}
