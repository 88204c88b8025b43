package org.homeward.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.homeward.app.registry.ContactDetails;
import org.homeward.app.registry.KeyedFamilies;
import org.homeward.app.registry.KeyedFamilies.KeyedFamily;
import org.homeward.app.registry.KeyedFamilies.KeyedRelative;
import org.homeward.app.registry.MissingPersonStatus;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewReferenceSample;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.registry.Relative;
import org.homeward.app.audit.AuditEvent;
import org.homeward.app.genetics.Consent;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.genetics.SubjectRef;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.SimulatedFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The registry's demonstration data for {@code serve --demo}: {@value RegistryDemo#FAMILIES} simulated
 * families ({@link RegistryDemo}), each with its missing person, the relatives who gave reference
 * samples, their relationships in words, consent and stored 21-marker profiles; and three families
 * entered through the registry as a liaison officer would (father and son missing, two brothers
 * missing, and a second report of a missing person to merge). Fixed demo keys, inserted only when
 * missing ({@link KeyedFamilies}), in one transaction: loading twice changes nothing.
 */
@Component
@Order(200)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegistryDemoData implements DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);

    private static final String[] SURNAMES = {"Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Шевчук",
        "Мельник", "Бойко", "Коваль", "Лисенко", "Марченко", "Руденко", "Савченко", "Петренко", "Поліщук", "Ковальчук",
        "Лук'яненко", "Гончаренко", "Кравчук", "Романенко", "Мороз", "Павленко", "Левченко", "Харченко", "Кузьменко", "Клименко",
        "Карпенко", "Іваненко", "Гаврилюк", "Литвиненко", "Остапенко", "Юрченко", "Дяченко", "Ярошенко", "Єременко", "Яковенко",
        "Зінченко", "Щербак", "Жук"};
    private static final String[] MALE = {"Олександр", "Андрій", "Сергій", "Дмитро", "Володимир", "Іван", "Микола", "Юрій",
        "Віталій", "Олег", "Богдан", "Тарас", "Максим", "Євген", "Ярослав", "Петро", "Василь", "Михайло", "Роман", "Артем",
        "Денис", "Віктор", "Ігор", "Степан"};
    private static final String[] FEMALE = {"Олена", "Наталія", "Ірина", "Оксана", "Тетяна", "Марія", "Ганна", "Світлана",
        "Людмила", "Юлія", "Катерина", "Валентина", "Надія", "Галина", "Вікторія"};
    private static final String[][] PATRONYMICS = {{"Олександрович", "Олександрівна"}, {"Іванович", "Іванівна"},
        {"Петрович", "Петрівна"}, {"Миколайович", "Миколаївна"}, {"Васильович", "Василівна"}, {"Володимирович", "Володимирівна"},
        {"Сергійович", "Сергіївна"}, {"Михайлович", "Михайлівна"}, {"Юрійович", "Юріївна"}, {"Григорович", "Григорівна"}};
    private static final String[] UNITS = {"93rd Mechanized Brigade", "72nd Mechanized Brigade", "24th Mechanized Brigade",
        "80th Air Assault Brigade", "36th Marine Brigade", "110th Mechanized Brigade", "47th Mechanized Brigade",
        "3rd Assault Brigade", "128th Mountain Assault Brigade", "59th Motorized Brigade"};
    private static final String[] PLACES = {"near Bakhmut", "Avdiivka", "Kupiansk district", "Vuhledar", "Robotyne", "Krynky",
        "Chasiv Yar", "Pokrovsk direction", "Marinka", "Soledar", "Lyman", "Toretsk"};
    private static final String[] CIRCUMSTANCES = {"lost contact during an assault", "did not return from a position after shelling",
        "left behind during a withdrawal", "last heard from by phone before the position was overrun",
        "reported by comrades as wounded, evacuation did not reach him"};

    private final KeyedFamilies keyedFamilies;
    private final MissingPersons missingPersons;
    private final Families families;
    private final ReferenceSamples samples;
    private final TransactionTemplate transactions;

    @Override
    public String name() {
        return "registry (" + RegistryDemo.FAMILIES + " simulated families with reference profiles, and three entered by hand)";
    }

    @Override
    public void insertMissing() {
        transactions.executeWithoutResult(status -> loadAsDemo());
    }

    private void loadAsDemo() {
        long started = System.nanoTime();
        Set<String> existing = keyedFamilies.keys();
        List<KeyedFamily> families = RegistryDemo.simulate().stream().filter(sim -> !existing.contains(sim.id()))
                .map(RegistryDemoData::family).toList();
        int samples = families.isEmpty() ? 0 : keyedFamilies.enter(families);
        showcase(existing);
        log.info("Registry demo: {} families and {} reference profiles added ({} already there) in {} ms", families.size(), samples,
                existing.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** One simulated family: its missing person, the typed relatives with their samples and profiles. */
    private static KeyedFamily family(SimulatedFamily sim) {
        int number = Integer.parseInt(sim.id().substring(sim.id().indexOf('-') + 1));
        SplittableRandom random = new SplittableRandom(RegistryDemo.SEED * 31 + number);
        Pedigree ped = sim.pedigree();
        String surname = pick(random, SURNAMES);
        Sex sex = ped.sex(ped.indexOf(sim.missingPerson()));
        String given = (sex == Sex.MALE ? pick(random, MALE) : pick(random, FEMALE)) + " "
                + PATRONYMICS[random.nextInt(PATRONYMICS.length)][sex == Sex.MALE ? 0 : 1];
        LocalDate born = LocalDate.of(1968 + random.nextInt(37), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate lastSeen = LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String serviceNumber = random.nextInt(100) < 85 ? String.format("UA%07d", random.nextInt(10_000_000)) : null;
        NewMissingPerson person = new NewMissingPerson(serviceNumber, surname, given, null, null, sex, born, pick(random, UNITS),
                lastSeen, pick(random, PLACES), pick(random, CIRCUMSTANCES), null);
        MissingPersonStatus status = random.nextInt(10) == 0 ? MissingPersonStatus.PRESUMED_DEAD : MissingPersonStatus.REPORTED_MISSING;
        List<KeyedRelative> relatives = new ArrayList<>();
        for (Map.Entry<String, Profile> reference : sim.references().entrySet()) {
            String pedigreeId = reference.getKey();
            Sex relativeSex = ped.sex(ped.indexOf(pedigreeId));
            String name = (relativeSex == Sex.FEMALE ? pick(random, FEMALE) : pick(random, MALE)) + " " + surname;
            boolean first = relatives.isEmpty();
            ContactDetails contact = first ? new ContactDetails(String.format("+380 67 %03d %04d", random.nextInt(1000),
                    random.nextInt(10000)), null, pick(random, new String[] {"Kyiv", "Lviv", "Dnipro", "Poltava", "Odesa"}), "uk") : null;
            String code = "REF-" + sim.id().substring(5) + "-" + pedigreeId;
            boolean sharing = random.nextInt(5) == 0;
            NewReferenceSample sample = new NewReferenceSample(code, lastSeen.plusMonths(2),
                    sharing ? ConsentScope.IDENTIFICATION_AND_SHARING : ConsentScope.IDENTIFICATION_ONLY,
                    sharing ? Set.of("ICRC") : Set.of());
            relatives.add(new KeyedRelative(name, relativeSex, words(pedigreeId, relativeSex), first, contact, sample,
                    reference.getValue()));
        }
        return new KeyedFamily(sim.id(), person, status, status == MissingPersonStatus.REPORTED_MISSING ? null
                : "court ruling (demonstration)", relatives);
    }

    /** The simulator's pedigree ids as a family would say them. */
    private static String words(String pedigreeId, Sex sex) {
        boolean male = sex == Sex.MALE;
        return switch (pedigreeId) {
            case "F" -> "father";
            case "M" -> "mother";
            case "S1", "S2" -> male ? "brother" : "sister";
            case "C" -> male ? "son" : "daughter";
            case "P" -> male ? "husband" : "wife";
            case "HS" -> male ? "paternal half-brother" : "paternal half-sister";
            case "GF" -> "paternal grandfather";
            case "GM" -> "paternal grandmother";
            default -> throw new IllegalStateException("unknown simulated relative " + pedigreeId);
        };
    }

    /** Three families entered through the registry, as a liaison officer would, for the pages. */
    private void showcase(Set<String> existing) {
        if (!existing.contains("show-1")) {
            MissingPersons.Report taras = missingPersons.reportMissing(
                    new NewMissingPerson("UA1000017", "Шевченко", "Тарас Григорович", null, null, Sex.MALE, LocalDate.of(1979, 3, 9),
                            "93rd Mechanized Brigade", LocalDate.of(2024, 2, 17), "Avdiivka", "left behind during the withdrawal",
                            "tattoo of a trident on the left forearm"),
                    new NewRelative("Ганна Шевченко", null, null, "mother", null, true, true,
                            new ContactDetails("+380 44 000 0017", "hanna.shevchenko@example.org", "Kyiv", "uk")));
            String tarasId = taras.missingPerson().id();
            long family = taras.missingPerson().familyId();
            keyedFamilies.key(family, "show-1");
            MissingPersons.Report ivan = missingPersons.addMissingPerson(family, new NewMissingPerson(null, "Шевченко", "Іван Тарасович", null, null,
                    Sex.MALE, LocalDate.of(2003, 8, 24), "93rd Mechanized Brigade", LocalDate.of(2024, 2, 17), "Avdiivka",
                    "served with his father", null), "son", tarasId);
            Relative petro = families.addRelative(family, new NewRelative("Петро Шевченко", null, null, "paternal half-brother", tarasId,
                    false, true, null));
            Relative olena = families.addRelative(family, new NewRelative("Олена Шевченко", null, null, "mother",
                    ivan.missingPerson().id(), false, true, null));
            samples.recordReferenceSample(taras.reporter().id(), new NewReferenceSample("REF-SHOW-1A", LocalDate.of(2024, 4, 2),
                    ConsentScope.IDENTIFICATION_ONLY, Set.of()));
            samples.recordReferenceSample(olena.id(), new NewReferenceSample("REF-SHOW-1B", LocalDate.of(2024, 4, 2),
                    ConsentScope.IDENTIFICATION_AND_SHARING, Set.of("ICRC")));
            samples.recordReferenceSample(petro.id(), new NewReferenceSample("REF-SHOW-1C", LocalDate.of(2024, 5, 14),
                    ConsentScope.IDENTIFICATION_ONLY, Set.of()));
        }
        if (!existing.contains("show-2")) {
            MissingPersons.Report andrii = missingPersons.reportMissing(
                    new NewMissingPerson("UA2000451", "Коваль", "Андрій Миколайович", null, null, Sex.MALE, LocalDate.of(1991, 11, 2),
                            "72nd Mechanized Brigade", LocalDate.of(2023, 10, 20), "Vuhledar", "did not return from a position", null),
                    new NewRelative("Марія Коваль", null, null, "mother", null, true, true,
                            new ContactDetails("+380 50 000 0451", null, "Poltava", "uk")));
            long family = andrii.missingPerson().familyId();
            keyedFamilies.key(family, "show-2");
            missingPersons.addMissingPerson(family, new NewMissingPerson("UA2000452", "Коваль", "Олег Миколайович", null, null, Sex.MALE,
                    LocalDate.of(1994, 5, 30), "72nd Mechanized Brigade", LocalDate.of(2023, 10, 20), "Vuhledar", "same position", null),
                    "brother", andrii.missingPerson().id());
            samples.recordReferenceSample(andrii.reporter().id(), new NewReferenceSample("REF-SHOW-2A", LocalDate.of(2023, 12, 1),
                    ConsentScope.IDENTIFICATION_ONLY, Set.of()));
        }
        if (!existing.contains("show-3")) {
            MissingPersons.Report again = missingPersons.reportMissing(
                    new NewMissingPerson("UA1000017", "Shevchenko", "Taras", null, null, Sex.MALE, LocalDate.of(1979, 3, 9),
                            "93rd Brigade", LocalDate.of(2024, 2, 17), "Avdiivka", "reported again by a comrade's family", null),
                    new NewRelative("Iryna Shevchenko", null, null, "wife", null, true, false, null));
            keyedFamilies.key(again.missingPerson().familyId(), "show-3");
        }
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
