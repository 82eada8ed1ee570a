package org.hotline.telephony.survey;

import java.util.List;

import org.hotline.telephony.AgentSatisfaction;

/** Survey counts of one agent per score, as MyBatis maps them. */
class SatisfactionRow {

    String agent;
    long ones;
    long twos;
    long threes;
    long fours;
    long fives;

    AgentSatisfaction toSatisfaction() {
        long count = ones + twos + threes + fours + fives;
        double average = count == 0 ? 0.0 : (ones + 2.0 * twos + 3.0 * threes + 4.0 * fours + 5.0 * fives) / count;
        return new AgentSatisfaction(agent, count, average, List.of(ones, twos, threes, fours, fives));
    }
}
