package org.hotline.telephony.ami;

/**
 * Which node publishes the call events. Every node follows the AMI event stream (so any node can act on a live call),
 * but only the lease holder turns it into domain events; otherwise a cluster would report each call once per node.
 */
interface AmiLease {

    /** @return whether this node currently holds the lease */
    boolean isLeader();
}
