package org.hotline.workflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ticket-escalation.bpmn} stays drawable (Modeler, Cockpit) and keeps the rules every process follows. */
class TicketEscalationDiagramTest {

    private static BpmnModelInstance model;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = TicketEscalationDiagramTest.class.getResourceAsStream("/bpmn/ticket-escalation.bpmn")) {
            model = Bpmn.readModelFromStream(in);
        }
    }

    @Test
    void everyElementHasItsShapeOrEdge() {
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        assertThat(nodes).isNotEmpty().allSatisfy(node -> assertThat(shapes)
            .as("shape of " + node.getId()).anySatisfy(shape -> assertThat(shape.getBpmnElement()).isEqualTo(node)));
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        assertThat(model.getModelElementsByType(SequenceFlow.class)).isNotEmpty().allSatisfy(flow -> assertThat(edges)
            .as("edge of " + flow.getId()).anySatisfy(edge -> {
                assertThat(edge.getBpmnElement()).isEqualTo(flow);
                assertThat(edge.getWaypoints()).hasSizeGreaterThanOrEqualTo(2);
            }));
    }

    @Test
    void theProcessDeclaresItsHistoryTimeToLiveAndGatewaysTheirDefault() {
        Process process = model.getModelElementById(EscalationProcess.PROCESS_KEY);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(model.getModelElementsByType(ExclusiveGateway.class))
            .allSatisfy(gateway -> assertThat(gateway.getDefault()).as(gateway.getId()).isNotNull());
    }
}
