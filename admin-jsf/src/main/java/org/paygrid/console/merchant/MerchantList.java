package org.paygrid.console.merchant;

import jakarta.ejb.EJB;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.paygrid.merchant.boundary.MerchantPage;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.merchant.boundary.Merchants;
import org.paygrid.merchant.entity.MerchantStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The merchants screen (admin): a lazily paged table, newest first, searchable by name and status. */
@Named
@ViewScoped
public class MerchantList implements Serializable {

    @EJB
    Merchants merchants;

    @Inject
    StaffSession staff;

    private String nameQuery;
    private MerchantStatus status;

    @PostConstruct
    void allowed() {
        staff.actorOn(ConsoleScreen.MERCHANTS);
    }

    private final LazyDataModel<MerchantRow> rows = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) merchants.search(nameQuery, status, 0, 1).total();
        }

        @Override
        public List<MerchantRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            MerchantPage page = merchants.search(nameQuery, status, first, pageSize);
            setRowCount((int) page.total());
            return page.merchants().stream().map(MerchantRow::of).toList();
        }

        @Override
        public String getRowKey(MerchantRow row) {
            return row.id();
        }
    };

    public LazyDataModel<MerchantRow> getRows() {
        return rows;
    }

    public String getNameQuery() {
        return nameQuery;
    }

    public void setNameQuery(String nameQuery) {
        this.nameQuery = nameQuery;
    }

    public MerchantStatus getStatus() {
        return status;
    }

    public void setStatus(MerchantStatus status) {
        this.status = status;
    }

    public List<MerchantStatus> getStatuses() {
        return List.of(MerchantStatus.values());
    }
}
