package org.hotline.telephony.ami;

/** A single node (embedded mode, or no Redis): always the leader. */
final class SoleNodeLease implements AmiLease {

    @Override
    public boolean isLeader() {
        return true;
    }
}
