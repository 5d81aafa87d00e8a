package org.improvementtracker.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.improvementtracker.people.Person;
import org.improvementtracker.people.PersonDetails;
import org.improvementtracker.support.web.FormValues;

class PersonForm {

    @NotBlank(message = "Enter the person’s name, or the role as the plan writes it (for example AD)")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;

    @Size(max = 200, message = "Job title must be 200 characters or fewer")
    private String jobTitle;

    @Email(message = "Enter an email address in the correct format, like name@example.gov.uk")
    @Size(max = 320, message = "Email address must be 320 characters or fewer")
    private String email;

    private int version;

    static PersonForm from(Person person) {
        PersonForm form = new PersonForm();
        form.name = person.name();
        form.jobTitle = person.jobTitle();
        form.email = person.email();
        form.version = person.version();
        return form;
    }

    PersonDetails toDetails() {
        return new PersonDetails(name.strip(), FormValues.nullIfBlank(jobTitle), FormValues.nullIfBlank(email));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
