package vn.haugiang.digitalhelp.admin.teams;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.admin.web.Pager;
import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * The team page: members with their hamlets, duty hours and Telegram link; registering one (the
 * commune's hamlets are loaded with htmx when a commune is chosen); a printable join link with its QR
 * code; editing a member's phone, hamlets and hours by day of week; deactivating (htmx swaps the row).
 */
@Controller
@AdminPage
@RequestMapping("/admin/team-members")
class TeamMemberPagesController {

    private static final String PAGE = "admin/teams/page";
    private static final int MAX_COMMUNES = 1000;

    private final MemberRows rows;
    private final TeamMemberChanges changes;
    private final TeamMembers members;
    private final AreaDirectory areas;
    private final AdminProperties properties;
    private final BotProperties botProperties;

    TeamMemberPagesController(MemberRows rows, TeamMemberChanges changes, TeamMembers members, AreaDirectory areas,
                              AdminProperties properties, BotProperties botProperties) {
        this.rows = rows;
        this.changes = changes;
        this.members = members;
        this.areas = areas;
        this.properties = properties;
        this.botProperties = botProperties;
    }

    /** Also what the "show this commune's hamlets" button of the form asks for when scripts are off. */
    @GetMapping
    String page(@ModelAttribute("form") RegistrationForm form, @RequestParam(defaultValue = "0") int page, Model model) {
        PageView<MemberRow> found = rows.page(PageRequest.of(page, null, properties));
        model.addAttribute("rows", found);
        model.addAttribute("pager", Pager.of(found));
        model.addAttribute("communes", areas.communes(null, 0, MAX_COMMUNES).items());
        model.addAttribute("hamlets", hamletsOf(form.communeId()));
        return PAGE;
    }

    @GetMapping("/hamlet-choices")
    String hamletChoices(@ModelAttribute("form") RegistrationForm form, Model model) {
        model.addAttribute("hamlets", hamletsOf(form.communeId()));
        return "admin/teams/parts :: hamlet-choices";
    }

    @PostMapping
    String register(@ModelAttribute("form") RegistrationForm form, Principal user, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        try {
            TeamMember member = changes.register(form.registration(), user.getName());
            redirect.addFlashAttribute("registered", member);
            return "redirect:/admin/team-members";
        } catch (BadInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
            return page(form, 0, model);
        }
    }

    /**
     * The edit form; a chosen commune adds its hamlets to the list (the member's own communes are always listed).
     * "Hiện các ấp của xã này" sends the whole form with the commune: what the admin changed so far is shown again,
     * not the stored member.
     */
    @GetMapping("/{id}/edit")
    String editPage(@PathVariable String id, @ModelAttribute("form") EditForm submitted, Model model) {
        TeamMember member = members.find(id).orElseThrow(() -> new NoSuchElementException("Không tìm thấy thành viên này."));
        if (submitted.phone() != null) {
            return editPage(member, submitted, model);
        }
        EditForm stored = EditForm.of(member);
        return editPage(member, new EditForm(stored.phone(), stored.hamletIds(), stored.onDuty(), stored.dutyStart(),
                stored.dutyEnd(), submitted.communeId()), model);
    }

    @PostMapping("/{id}")
    String edit(@PathVariable String id, @ModelAttribute("form") EditForm form, Principal user, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        try {
            TeamMember member = changes.edit(id, form.edit(), user.getName());
            redirect.addFlashAttribute("edited", member.name());
            return "redirect:/admin/team-members";
        } catch (BadInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
            return editPage(members.find(id).orElseThrow(), form, model);
        }
    }

    private String editPage(TeamMember member, EditForm form, Model model) {
        Set<String> communeIds = new LinkedHashSet<>(member.communeIds());
        if (form.communeId() != null && !form.communeId().isBlank()) {
            communeIds.add(form.communeId());
        }
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("communes", areas.communes(null, 0, MAX_COMMUNES).items());
        model.addAttribute("hamlets", communeIds.stream().flatMap(commune -> areas.hamletsOf(commune).stream()).toList());
        return "admin/teams/edit";
    }

    @PostMapping("/{id}/join-link")
    String joinLink(@PathVariable String id, Principal user, Model model) {
        JoinLink link = changes.issueJoinLink(id, user.getName());
        model.addAttribute("member", members.find(id).orElseThrow());
        model.addAttribute("joinLink", link);
        model.addAttribute("validHours", botProperties.escalation().joinLinkValidity().toHours());
        return "admin/teams/join-link";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable String id, Principal user,
                      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                      RedirectAttributes redirect) {
        TeamMember member = changes.deactivate(id, user.getName());
        if (htmx != null) {
            model.addAttribute("row", rows.of(member));
            return "admin/teams/parts :: row";
        }
        redirect.addFlashAttribute("deactivated", member.name());
        return "redirect:/admin/team-members";
    }

    private List<Hamlet> hamletsOf(String communeId) {
        return communeId == null || communeId.isBlank() ? List.of() : areas.hamletsOf(communeId);
    }
}
