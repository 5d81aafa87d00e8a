package org.improvementtracker.partners.web;

import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.partners.Partner;

/** The actions ticked for a partner, and the version of their limit the administrator loaded. */
public class PartnerActionsForm {

    private List<Long> actionIds = new ArrayList<>();
    private int version;

    static PartnerActionsForm from(Partner partner) {
        PartnerActionsForm form = new PartnerActionsForm();
        form.setActionIds(new ArrayList<>(partner.actionIds()));
        form.setVersion(partner.version() == null ? 0 : partner.version());
        return form;
    }

    public List<Long> getActionIds() {
        return actionIds;
    }

    public void setActionIds(List<Long> actionIds) {
        this.actionIds = actionIds == null ? new ArrayList<>() : actionIds;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
