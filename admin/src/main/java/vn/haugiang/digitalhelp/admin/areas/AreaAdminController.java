package vn.haugiang.digitalhelp.admin.areas;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.haugiang.digitalhelp.admin.web.AdminApi;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.area.Hamlet;

/** Communes and hamlets: browse, add, rename or remove a hamlet, and import from CSV with a validation report. */
@AdminApi
@RestController
@RequestMapping("/api/admin/areas")
public class AreaAdminController {

    private final AreaDirectory areas;
    private final AreaChanges changes;

    public AreaAdminController(AreaDirectory areas, AreaChanges changes) {
        this.areas = areas;
        this.changes = changes;
    }

    @GetMapping("/communes")
    public AreaDirectory.Page<Commune> communes(@RequestParam(required = false) String search,
                                                @RequestParam(defaultValue = "0") int page) {
        return areas.communes(search, page, 50);
    }

    @GetMapping("/communes/{id}/hamlets")
    public AreaDirectory.Page<Hamlet> hamlets(@PathVariable String id, @RequestParam(required = false) String search,
                                              @RequestParam(defaultValue = "0") int page) {
        areas.commune(id).orElseThrow(java.util.NoSuchElementException::new);
        return areas.hamlets(id, search, page, 50);
    }

    /** A new hamlet of the commune. */
    public record NewHamlet(String name, Integer households) {
    }

    /** A hamlet's new name. */
    public record HamletName(String name) {
    }

    /** 201 with the hamlet; 400 with a Vietnamese {@code error} when the name is blank or taken or the count wrong. */
    @PostMapping("/communes/{id}/hamlets")
    @ResponseStatus(HttpStatus.CREATED)
    public Hamlet addHamlet(@PathVariable String id, @RequestBody NewHamlet hamlet, Principal admin) {
        areas.commune(id).orElseThrow(java.util.NoSuchElementException::new);
        return changes.addHamlet(id, hamlet.name(), hamlet.households() == null ? 0 : hamlet.households(), admin.getName());
    }

    /** Renames the hamlet; its id stays. */
    @PutMapping("/hamlets/{id}")
    public Hamlet renameHamlet(@PathVariable String id, @RequestBody HamletName name, Principal admin) {
        return changes.renameHamlet(id, name.name(), admin.getName());
    }

    /** 204; 409 with a Vietnamese {@code error} when residents or team members still point at the hamlet. */
    @DeleteMapping("/hamlets/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void removeHamlet(@PathVariable String id, Principal admin) {
        changes.removeHamlet(id, admin.getName());
    }

    /** CSV lines {@code commune,hamlet,households}; 400 with the bad rows when anything is wrong. */
    @PostMapping(value = "/import", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/csv"})
    public ResponseEntity<AreaCsvImport.Report> importCsv(@RequestBody String csv, Principal admin) {
        AreaCsvImport.Report report = changes.importCsv(csv, admin.getName());
        return report.imported() ? ResponseEntity.ok(report) : ResponseEntity.badRequest().body(report);
    }
}
