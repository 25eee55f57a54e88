package io.github.receiptbridge.sandbox.internal.onec.store;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Plausible Russian names, e-mail addresses, phones and addresses for demo residents and tenants. */
final class RussianNames {
  private static final List<String> MALE_SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев",
      "Петров", "Соколов", "Михайлов", "Новиков", "Федоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семенов",
      "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров");
  private static final List<String> MALE_NAMES = List.of("Александр", "Сергей", "Дмитрий", "Андрей", "Алексей",
      "Максим", "Евгений", "Иван", "Михаил", "Артем", "Николай", "Владимир", "Павел", "Олег", "Игорь");
  private static final List<String> FEMALE_NAMES = List.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина",
      "Анна", "Мария", "Светлана", "Екатерина", "Юлия", "Марина", "Галина", "Людмила", "Анастасия", "Валентина");
  private static final List<String> MALE_PATRONYMICS = List.of("Александрович", "Сергеевич", "Дмитриевич",
      "Андреевич", "Алексеевич", "Иванович", "Михайлович", "Николаевич", "Владимирович", "Петрович", "Викторович");
  private static final List<String> FEMALE_PATRONYMICS = List.of("Александровна", "Сергеевна", "Дмитриевна",
      "Андреевна", "Алексеевна", "Ивановна", "Михайловна", "Николаевна", "Владимировна", "Петровна", "Викторовна");
  private static final List<String> STREETS = List.of("ул. Садовая", "ул. Лесная", "ул. Центральная",
      "ул. Молодежная", "ул. Школьная", "пр-т Мира", "ул. Парковая", "ул. Луговая");
  private static final List<String> MAIL_DOMAINS = List.of("mail.ru", "yandex.ru", "gmail.com", "bk.ru",
      "inbox.ru", "list.ru", "rambler.ru");
  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
      "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

  private RussianNames() {
  }

  /** A full name «Фамилия Имя Отчество» and whether it is a woman's. */
  static Person person(Random random) {
    boolean female = random.nextBoolean();
    String surname = pick(random, MALE_SURNAMES);
    String name = pick(random, female ? FEMALE_NAMES : MALE_NAMES);
    String patronymic = pick(random, female ? FEMALE_PATRONYMICS : MALE_PATRONYMICS);
    return new Person(female ? surname + "а" : surname, name, patronymic, female);
  }

  /** An e-mail address made from a person's name. */
  static String email(Random random, Person person) {
    String local = latin(person.surname()) + "." + latin(person.name().substring(0, 1));
    if (random.nextInt(3) == 0) {
      local += 1950 + random.nextInt(55);
    }
    return local + "@" + pick(random, MAIL_DOMAINS);
  }

  /** A mobile phone number as people type it. */
  static String phone(Random random) {
    String digits = String.format("%03d%03d%02d%02d", 900 + random.nextInt(100), random.nextInt(1000),
        random.nextInt(100), random.nextInt(100));
    return random.nextBoolean()
        ? "+7 (" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6, 8) + "-"
            + digits.substring(8)
        : "8" + digits;
  }

  /** A landline number in the city's codes as people type it, «8 (495) 123-45-67». */
  static String landline(Random random, String city) {
    List<String> codes = city.contains("обл.") ? List.of("495", "498") : List.of("495", "499");
    return String.format("8 (%s) %03d-%02d-%02d", pick(random, codes), 200 + random.nextInt(800),
        random.nextInt(100), random.nextInt(100));
  }

  /** A flat's address in one of the organization's houses. */
  static String address(Random random, String city) {
    return city + ", " + pick(random, STREETS) + ", д. " + (1 + random.nextInt(40)) + ", кв. "
        + (1 + random.nextInt(180));
  }

  /** A non-residential premise's address in one of the organization's houses, «…, д. 12, пом. II». */
  static String premises(Random random, String city) {
    return city + ", " + pick(random, STREETS) + ", д. " + (1 + random.nextInt(40)) + ", пом. "
        + pick(random, List.of("I", "II", "III", "IV"));
  }

  static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String latin(String cyrillic) {
    StringBuilder out = new StringBuilder();
    for (char c : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
      int index = CYRILLIC.indexOf(c);
      out.append(index < 0 ? String.valueOf(c) : LATIN[index]);
    }
    return out.toString();
  }

  /** A person's name parts. */
  record Person(String surname, String name, String patronymic, boolean female) {
    String fullName() {
      return surname + " " + name + " " + patronymic;
    }

    String initials() {
      return surname + " " + name.charAt(0) + "." + patronymic.charAt(0) + ".";
    }
  }
}
