package vn.haugiang.digitalhelp.kb.seed;

/**
 * A guide that ships with the service, with its content version ({@code seed-version} in the front
 * matter, 1 when absent): raised whenever the seed text changes, so installs can be upgraded.
 */
public record ShippedGuide(GuideFile file, int seedVersion) {

    public String slug() {
        return file.slug();
    }

    public ContentFingerprint fingerprint() {
        return ContentFingerprint.of(file.content());
    }
}
